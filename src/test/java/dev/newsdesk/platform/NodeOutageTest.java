package dev.newsdesk.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import dev.newsdesk.Integration;

/**
 * The portal's own Elasticsearch node killed while the portal serves and an ingest writes to it: pages answer 503 and
 * health goes DOWN, the portal starts the node again by itself, and the ingest, paused meanwhile, finishes with every
 * file indexed once. No restart of the portal or of the ingest.
 */
@Integration
class NodeOutageTest {

    private static final int ARTICLES = 600;
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir(factory = NodeReachableTempDir.class)
    Path tempDir;


    @Test
    void aKilledNodeIsStartedAgainAndTheIngestRunningMeanwhileLosesAndDuplicatesNothing() throws Exception {
        Path corpus = tempDir.resolve("corpus");
        new CorpusGenerator(33).write(corpus, ARTICLES);
        Path dataDir = tempDir.resolve("data");
        RunningNode node = new RunningNode(dataDir);
        try (AppProcess portal = AppProcess.embeddedPortal(dataDir, tempDir.resolve("portal.log"))) {
            portal.awaitHealthy(Duration.ofMinutes(3));
            try (AppProcess ingest = AppProcess.ingest(corpus, dataDir, tempDir.resolve("ingest.log"), "--newsdesk.ingest.bulk-documents=50")) {
                await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(100))
                        .failFast("the ingest ended before the node was killed", () -> ProcessHandle.of(ingest.pid()).isEmpty())
                        .until(() -> node.articles() >= 50);
                ProcessHandle killed = node.process();

                killed.destroyForcibly();
                assertThat(killed.onExit().get(30, TimeUnit.SECONDS).isAlive()).isFalse();

                assertThat(get(portal.url().resolve("/api/search?q=minister")).statusCode()).isEqualTo(503);
                assertThat(get(portal.url().resolve("/search?q=minister")).body()).contains("Elasticsearch is not answering");
                assertThat(get(portal.url().resolve("/actuator/health")).statusCode()).isEqualTo(503);

                await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500))
                        .until(() -> get(portal.url().resolve("/actuator/health")).statusCode() == 200);
                assertThat(node.process().pid()).as("a new node process").isNotEqualTo(killed.pid());
                assertThat(portal.output()).contains("stopped unexpectedly", "starting it again");

                assertThat(ingest.awaitExit(Duration.ofMinutes(10))).as(ingest.output()).isZero();
                IngestSummary summary = IngestSummary.of(ingest.output());
                assertThat(summary.files()).isEqualTo(ARTICLES);
                assertThat(summary.failed()).isZero();
            }
            List<String> stored = node.storedSources(ARTICLES * 2);
            List<String> files = ArticleFiles.under(List.of(corpus)).stream().map(ArticleFile::source).toList();
            assertThat(stored).hasSize(ARTICLES).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(files);
            JsonNode search = JSON.readTree(get(portal.url().resolve("/api/search?size=1")).body());
            assertThat(search.get("total").asLong()).isEqualTo(ARTICLES);
        }
    }

    private static HttpResponse<String> get(URI uri) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
