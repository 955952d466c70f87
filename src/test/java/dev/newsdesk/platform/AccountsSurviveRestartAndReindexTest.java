package dev.newsdesk.platform;

import static dev.newsdesk.security.PortalClient.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.newsdesk.elasticsearch.embedded.NodeReachableTempDir;
import dev.newsdesk.security.PortalClient;
import tools.jackson.databind.JsonNode;
import dev.newsdesk.Integration;

/**
 * Accounts, saved searches and their feeds live in their own indices, outside the articles alias: a reindex that
 * swaps the alias leaves them alone, and so does a restart of the packaged app on the same data directory.
 */
@Integration
class AccountsSurviveRestartAndReindexTest {

    private static final Duration STARTUP = Duration.ofMinutes(3);
    private static final String PASSWORD = "survivor password";
    private static final String QUERY = "q=blinken&not_outlet=VOA";

    @TempDir(factory = NodeReachableTempDir.class)
    Path tempDir;

    @Test
    void aUserAndTheirSavedSearchOutliveAnArticlesReindexAndARestart() throws Exception {
        Path dataDir = tempDir.resolve("data");
        String id;
        String feed;
        long total;
        try (AppProcess first = startPortal(dataDir, "first.log")) {
            PortalClient portal = new PortalClient(first.url().getPort());
            await().atMost(STARTUP).until(() -> json(portal.get("/api/search?" + QUERY, null, null)).get("total").asLong() > 0);
            portal.createUser("survivor", PASSWORD);
            JsonNode saved = json(portal.postJson("/api/saved-queries", "{\"name\":\"Blinken, not VOA\",\"query\":\"" + QUERY + "\"}",
                    "survivor", PASSWORD));
            id = saved.get("id").asString();
            feed = URI.create(saved.get("feedUrl").asString()).getPath();
            total = saved.get("total").asLong();

            HttpResponse<String> started = portal.postJson("/admin/reindex", "{\"source\": \"index\"}", PortalClient.ADMIN, PortalClient.ADMIN_PASSWORD);
            assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
            String job = json(started).get("id").asString();
            await().atMost(Duration.ofMinutes(2)).until(() -> !state(portal, job).equals("running"));
            assertThat(state(portal, job)).isEqualTo("succeeded");
            assertThat(json(portal.get("/admin/indices", PortalClient.ADMIN, PortalClient.ADMIN_PASSWORD)).get("target").asString())
                    .isEqualTo("articles-000002");

            assertSurvived(portal, id, feed, total);
        }
        try (AppProcess second = startPortal(dataDir, "second.log")) {
            assertSurvived(new PortalClient(second.url().getPort()), id, feed, total);
        }
    }

    private static void assertSurvived(PortalClient portal, String id, String feed, long total) {
        HttpResponse<String> saved = portal.get("/api/saved-queries/" + id, "survivor", PASSWORD);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        assertThat(json(saved).get("name").asString()).isEqualTo("Blinken, not VOA");
        assertThat(json(saved).get("query").asString()).isEqualTo(QUERY);
        assertThat(json(saved).get("total").asLong()).isEqualTo(total);
        assertThat(portal.get(feed, null, null).statusCode()).isEqualTo(200);
        assertThat(portal.session().logIn("survivor", PASSWORD).headers().firstValue("Location").orElseThrow()).doesNotContain("error");
    }

    private static String state(PortalClient portal, String job) {
        return json(portal.get("/admin/reindex/" + job, PortalClient.ADMIN, PortalClient.ADMIN_PASSWORD)).get("state").asString();
    }

    private AppProcess startPortal(Path dataDir, String log) throws Exception {
        AppProcess portal = AppProcess.embeddedPortal(dataDir, tempDir.resolve(log), "--newsdesk.ingest.seed-on-empty=true");
        portal.awaitHealthy(STARTUP);
        return portal;
    }
}
