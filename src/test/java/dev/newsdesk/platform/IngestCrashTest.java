package dev.newsdesk.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.newsdesk.corpus.CorpusGenerator;
import dev.newsdesk.elasticsearch.embedded.NodeAccess;
import dev.newsdesk.ingest.ArticleFiles;
import dev.newsdesk.ingest.SourceFile;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code ingest} command killed in the middle of a batch, its Elasticsearch node with it, as a crash or the OOM
 * killer would: the next run completes the batch, and every file is in the index exactly once.
 */
class IngestCrashTest {

    /** Enough files for a dozen bulk requests of 50, so the kill lands after the first and before the last. */
    private static final int ARTICLES = 600;
    private static final int BULK = 50;
    private static final Pattern SUMMARY = Pattern.compile("(\\d+) files in .*: (\\d+) indexed, (\\d+) updated, (\\d+) unchanged, (\\d+) failed");
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path tempDir;

    @BeforeEach
    void letTheNodeUserReachTheTempDirectory() throws Exception {
        Files.setPosixFilePermissions(tempDir, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @Test
    void anIngestKilledMidBatchIsCompletedByTheNextRunWithEveryFileIndexedOnce() throws Exception {
        Path corpus = tempDir.resolve("corpus");
        new CorpusGenerator(21).write(corpus, ARTICLES);
        Path dataDir = tempDir.resolve("data");

        long indexedBeforeTheCrash;
        try (AppProcess first = ingest(corpus, dataDir, "first.log")) {
            await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(100))
                    .failFast("the first ingest ended before it was killed", () -> ProcessHandle.of(first.pid()).isEmpty())
                    .until(() -> indexed(dataDir) >= BULK);
            ProcessHandle node = ProcessHandle.of(Long.parseLong(Files.readString(dataDir.resolve("elasticsearch.pid")).strip())).orElseThrow();
            indexedBeforeTheCrash = indexed(dataDir);

            first.kill();

            assertThat(node.onExit().get(60, TimeUnit.SECONDS).isAlive()).as("the node dies with the ingest").isFalse();
            assertThat(first.output()).as("killed before its summary").doesNotContainPattern(SUMMARY);
        }

        try (AppProcess second = ingest(corpus, dataDir, "second.log")) {
            assertThat(second.awaitExit(Duration.ofMinutes(10))).as(second.output()).isZero();
            Matcher summary = SUMMARY.matcher(second.output());
            assertThat(summary.find()).as(second.output()).isTrue();
            assertThat(Integer.parseInt(summary.group(1))).isEqualTo(ARTICLES);
            assertThat(Integer.parseInt(summary.group(4))).as("what the first run wrote is kept, not written again")
                    .isGreaterThanOrEqualTo((int) indexedBeforeTheCrash);
            assertThat(Integer.parseInt(summary.group(2)) + Integer.parseInt(summary.group(4))).isEqualTo(ARTICLES);
            assertThat(Integer.parseInt(summary.group(5))).isZero();
        }

        try (AppProcess portal = AppProcess.start(AppProcess.Launch.testClassPath(), tempDir.resolve("portal.log"),
                List.of("--newsdesk.elasticsearch.embedded.data-dir=" + dataDir, "--newsdesk.security.admin-password=test-admin"))) {
            portal.awaitHealthy(Duration.ofMinutes(3));
            List<String> stored = storedSources(node(dataDir));
            List<String> files = ArticleFiles.under(List.of(corpus)).stream().map(SourceFile::source).toList();
            assertThat(stored).hasSize(ARTICLES).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(files);
        }
    }

    private AppProcess ingest(Path corpus, Path dataDir, String log) throws Exception {
        return AppProcess.command(AppProcess.Launch.testClassPath(), tempDir.resolve(log), List.of("ingest", corpus.toString(),
                "--newsdesk.elasticsearch.embedded.data-dir=" + dataDir, "--newsdesk.ingest.bulk-documents=" + BULK));
    }

    /** The articles the running node counts, or 0 while it is not up yet. */
    private static long indexed(Path dataDir) {
        Optional<NodeAccess> node = NodeAccess.ofRunningNode(dataDir);
        if (node.isEmpty()) {
            return 0;
        }
        try {
            HttpResponse<String> count = HTTP.send(node.get().request("/articles/_count").timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return count.statusCode() == 200 ? JSON.readTree(count.body()).get("count").asLong() : 0;
        } catch (Exception e) {
            return 0;
        }
    }

    private static NodeAccess node(Path dataDir) {
        return NodeAccess.ofRunningNode(dataDir).orElseThrow(() -> new AssertionError("no node runs on " + dataDir));
    }

    /** The {@code source} of every stored article: one per document, so a duplicate shows twice. */
    private static List<String> storedSources(NodeAccess node) throws Exception {
        HttpResponse<String> response = HTTP.send(node.request("/articles/_search?size=" + (ARTICLES * 2) + "&_source=source")
                .timeout(Duration.ofMinutes(1)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<String> sources = new ArrayList<>();
        for (JsonNode hit : JSON.readTree(response.body()).get("hits").get("hits")) {
            sources.add(hit.get("_source").get("source").asString());
        }
        return sources;
    }
}
