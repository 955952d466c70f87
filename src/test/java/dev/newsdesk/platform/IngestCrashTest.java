package dev.newsdesk.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.newsdesk.corpus.CorpusGenerator;
import dev.newsdesk.elasticsearch.embedded.NodeReachableTempDir;
import dev.newsdesk.ingest.ArticleFiles;
import dev.newsdesk.ingest.ArticleFile;
import dev.newsdesk.Integration;

/**
 * The {@code ingest} command killed in the middle of a batch, its Elasticsearch node with it, as a crash or the OOM
 * killer would: the next run completes the batch, and every file is in the index exactly once.
 */
@Integration
class IngestCrashTest {

    /** Enough files for a dozen bulk requests of 50, so the kill lands after the first and before the last. */
    private static final int ARTICLES = 600;
    private static final int BULK = 50;

    @TempDir(factory = NodeReachableTempDir.class)
    Path tempDir;


    @Test
    void anIngestKilledMidBatchIsCompletedByTheNextRunWithEveryFileIndexedOnce() throws Exception {
        Path corpus = tempDir.resolve("corpus");
        new CorpusGenerator(21).write(corpus, ARTICLES);
        Path dataDir = tempDir.resolve("data");
        RunningNode node = new RunningNode(dataDir);

        long indexedBeforeTheCrash;
        try (AppProcess first = ingest(corpus, dataDir, "first.log")) {
            await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(100))
                    .failFast("the first ingest ended before it was killed", () -> ProcessHandle.of(first.pid()).isEmpty())
                    .until(() -> node.articles() >= BULK);
            ProcessHandle server = node.process();
            indexedBeforeTheCrash = node.articles();

            first.kill();

            assertThat(server.onExit().get(60, TimeUnit.SECONDS).isAlive()).as("the node dies with the ingest").isFalse();
            assertThat(IngestSummary.in(first.output())).as("killed before its summary").isFalse();
        }

        try (AppProcess second = ingest(corpus, dataDir, "second.log")) {
            assertThat(second.awaitExit(Duration.ofMinutes(10))).as(second.output()).isZero();
            IngestSummary summary = IngestSummary.of(second.output());
            assertThat(summary.files()).isEqualTo(ARTICLES);
            assertThat(summary.unchanged()).as("what the first run wrote is kept, not written again").isGreaterThanOrEqualTo((int) indexedBeforeTheCrash);
            assertThat(summary.indexed() + summary.unchanged()).isEqualTo(ARTICLES);
            assertThat(summary.failed()).isZero();
        }

        try (AppProcess portal = AppProcess.embeddedPortal(dataDir, tempDir.resolve("portal.log"))) {
            portal.awaitHealthy(Duration.ofMinutes(3));
            List<String> stored = node.storedSources(ARTICLES * 2);
            List<String> files = ArticleFiles.under(List.of(corpus)).stream().map(ArticleFile::source).toList();
            assertThat(stored).hasSize(ARTICLES).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(files);
        }
    }

    private AppProcess ingest(Path corpus, Path dataDir, String log) throws Exception {
        return AppProcess.ingest(corpus, dataDir, tempDir.resolve(log), "--newsdesk.ingest.bulk-documents=" + BULK);
    }
}
