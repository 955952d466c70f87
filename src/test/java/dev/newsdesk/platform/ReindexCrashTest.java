package dev.newsdesk.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.newsdesk.benchmark.PreEnrichedDocuments;
import dev.newsdesk.corpus.CorpusGenerator;
import dev.newsdesk.elasticsearch.embedded.NodeAccess;
import dev.newsdesk.elasticsearch.embedded.NodeReachableTempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import dev.newsdesk.Integration;
import dev.newsdesk.security.PortalClient;

/** A portal killed in the middle of a reindex, as a crash would: the next start cleans up after the job. */
@Integration
class ReindexCrashTest {

    private static final Duration STARTUP = Duration.ofMinutes(3);
    /** Enough for the copy to take several pages of 1,000, so the kill lands mid-job. */
    private static final int ARTICLES = 8000;
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ADMIN = "Basic " + Base64.getEncoder().encodeToString((PortalClient.ADMIN + ":" + PortalClient.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));

    @TempDir(factory = NodeReachableTempDir.class)
    Path tempDir;


    @Test
    void aPortalKilledMidJobKeepsTheOldIndexServingAndTheNextStartRemovesThePartialIndexAndFailsTheJob() throws Exception {
        Path dataDir = tempDir.resolve("data");
        RunningNode node = new RunningNode(dataDir);
        String id;
        String target;
        try (AppProcess first = startPortal(dataDir, "first.log")) {
            indexGeneratedArticles(node.access());
            HttpResponse<String> started = send(portal(first, "/admin/reindex"), "POST", "{\"source\": \"index\"}", ADMIN);
            assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
            id = JSON.readTree(started.body()).get("id").asString();
            await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(100)).until(() -> job(first.url(), id).get("done").asLong() > 0);
            JsonNode midway = job(first.url(), id);
            target = midway.get("target").asString();
            assertThat(midway.get("state").asString()).isEqualTo("running");
            assertThat(send(node.access().request("/" + target), "HEAD", null, null).statusCode()).as("the partial index exists").isEqualTo(200);
            ProcessHandle server = node.process();

            first.kill();

            assertThat(server.onExit().get(60, TimeUnit.SECONDS).isAlive()).isFalse();
        }
        try (AppProcess second = startPortal(dataDir, "second.log")) {
            await().atMost(Duration.ofMinutes(2)).until(() -> !job(second.url(), id).get("state").asString().equals("running"));

            JsonNode job = job(second.url(), id);
            assertThat(job.get("state").asString()).isEqualTo("failed");
            assertThat(job.get("error").asString()).contains("crashed or was killed", "articles-000001 kept serving", target + " was removed");
            assertThat(send(node.access().request("/" + target), "HEAD", null, null).statusCode()).as("the partial index is gone").isEqualTo(404);
            JsonNode aliases = JSON.readTree(send(node.access().request("/_alias/articles"), "GET", null, null).body());
            assertThat(aliases.propertyNames()).containsExactly("articles-000001");
            JsonNode search = JSON.readTree(send(portal(second, "/api/search?size=1"), "GET", null, null).body());
            assertThat(search.get("total").asLong()).isEqualTo(ARTICLES);
        }
    }

    private AppProcess startPortal(Path dataDir, String log) throws Exception {
        AppProcess portal = AppProcess.embeddedPortal(dataDir, tempDir.resolve(log));
        portal.awaitHealthy(STARTUP);
        return portal;
    }

    private static HttpRequest.Builder portal(AppProcess portal, String path) {
        return HttpRequest.newBuilder(portal.url().resolve(path));
    }

    private static void indexGeneratedArticles(NodeAccess node) throws Exception {
        CorpusGenerator generator = new CorpusGenerator(5);
        Instant ingestedAt = Instant.parse("2026-01-01T00:00:00Z");
        for (int from = 0; from < ARTICLES; from += 1000) {
            StringBuilder bulk = new StringBuilder();
            for (int index = from; index < from + 1000; index++) {
                bulk.append(JSON.writeValueAsString(Map.of("index", Map.of("_id", "crash-" + index)))).append('\n')
                        .append(JSON.writeValueAsString(PreEnrichedDocuments.document(generator.article(index), ingestedAt))).append('\n');
            }
            HttpResponse<String> response = HTTP.send(node.request("/articles/_bulk?filter_path=errors")
                    .header("Content-Type", "application/x-ndjson").POST(HttpRequest.BodyPublishers.ofString(bulk.toString())).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.body()).isEqualTo("{\"errors\":false}");
        }
        send(node.request("/articles/_refresh"), "POST", null, null);
    }

    private static JsonNode job(URI portal, String id) throws Exception {
        return JSON.readTree(send(HttpRequest.newBuilder(portal.resolve("/admin/reindex/" + id)), "GET", null, ADMIN).body());
    }

    private static HttpResponse<String> send(HttpRequest.Builder request, String method, String json, String authorization) throws Exception {
        request.timeout(Duration.ofMinutes(1))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
