package dev.newsdesk.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import dev.newsdesk.NewsdeskTest;
import dev.newsdesk.security.PortalClient;

/**
 * The sources API as a script uses it, with HTTP Basic against the real node and a loopback outlet: a URL is followed
 * as what it is (feed, sitemap, site), refused with its reason when it cannot be a source, listed, paused, resumed,
 * fetched now and removed; only admins may.
 */
@NewsdeskTest
@CrawlingPortal
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SourcesApiTest {

    @LocalServerPort
    int port;

    OutletServer site;
    PortalClient portal;
    final List<String> added = new ArrayList<>();

    @BeforeAll
    void start() throws IOException {
        site = OutletServer.serve(new GeneratedOutlets(7, 3));
        site.outlets().publishInEach(2);
        portal = new PortalClient(port);
    }

    @AfterEach
    void removeWhatWasAdded() {
        added.forEach(id -> portal.delete("/admin/sources/" + id, PortalClient.ADMIN, PortalClient.ADMIN_PASSWORD));
        added.clear();
    }

    @AfterAll
    void stop() {
        site.close();
    }

    private HttpResponse<String> add(String json) {
        HttpResponse<String> response = portal.postJson("/admin/sources", json, PortalClient.ADMIN, PortalClient.ADMIN_PASSWORD);
        if (response.statusCode() == 201) {
            added.add(PortalClient.json(response).get("id").asString());
        }
        return response;
    }

    private JsonNode get(String id) {
        return PortalClient.json(portal.get("/admin/sources/" + id, PortalClient.ADMIN, PortalClient.ADMIN_PASSWORD));
    }

    @Test
    void aFeedIsFollowedWithItsDefaultsAndFetchedAtOnce() throws IOException {
        // Its own site: the other tests' sitemap source would find these pages first.
        try (OutletServer own = OutletServer.serve(new GeneratedOutlets(8, 1))) {
            own.outlets().publishInEach(2);
            followAndFetch(own);
        }
    }

    private void followAndFetch(OutletServer own) {
        HttpResponse<String> response = add("{\"url\": \"%s\"}".formatted(own.url(GeneratedOutlets.feedPath(0))));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode source = PortalClient.json(response);
        assertThat(source.get("kind").asString()).isEqualTo("feed");
        assertThat(source.get("intervalMinutes").asInt()).isEqualTo(15);
        assertThat(source.get("state").asString()).isEqualTo("active");
        assertThat(response.headers().firstValue("Location")).hasValue("/admin/sources/" + source.get("id").asString());
        String id = source.get("id").asString();
        await().atMost(Duration.ofSeconds(30)).until(() -> get(id).get("articles").asLong() == 2);
        JsonNode fetched = get(id);
        assertThat(fetched.get("lastFetchedAt").isNull()).isFalse();
        assertThat(fetched.get("nextFetchAt").isNull()).isFalse();
        assertThat(fetched.get("lastStatus").asString()).contains("2 new articles");
        assertThat(fetched.get("articlesPerDay")).hasSize(30);
        assertThat(fetched.get("errors")).isEmpty();
    }

    @Test
    void aSitesHomePageFollowsTheFeedsItLinksAndTheSitemapsItsRobotsTxtNames() {
        HttpResponse<String> response = add("{\"url\": \"%s\", \"outlet\": \"Outlet One\", \"labels\": [\"wires\", \"test\"], \"intervalMinutes\": 5}"
                .formatted(site.url(GeneratedOutlets.homePath(1))));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode source = PortalClient.json(response);
        assertThat(source.get("kind").asString()).isEqualTo("site");
        assertThat(source.get("outlet").asString()).isEqualTo("Outlet One");
        assertThat(source.get("labels")).extracting(JsonNode::asString).containsExactly("wires", "test");
        assertThat(source.get("followed")).extracting(JsonNode::asString).containsExactly(
                site.url("/o1/feed.xml"), site.url("/o1/atom.xml"), site.url("/sitemap-index.xml"));
    }

    @Test
    void aSitemapIndexIsASitemapSource() {
        HttpResponse<String> response = add("{\"url\": \"%s\"}".formatted(site.url("/sitemap-index.xml")));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(PortalClient.json(response).get("kind").asString()).isEqualTo("sitemap");
    }

    @Test
    void aUrlThatCannotBeASourceIsRefusedWithItsReason() {
        HttpResponse<String> missing = add("{\"url\": \"%s\"}".formatted(site.url("/nowhere.xml")));
        HttpResponse<String> article = add("{\"url\": \"%s\"}".formatted(site.url(site.outlets().publishedPaths().get(0))));
        HttpResponse<String> notHttp = add("{\"url\": \"file:///etc/passwd\"}");
        HttpResponse<String> badInterval = add("{\"url\": \"%s\", \"intervalMinutes\": 0}".formatted(site.url(GeneratedOutlets.feedPath(2))));

        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body()).contains("it answered 404");
        assertThat(article.statusCode()).isEqualTo(400);
        assertThat(article.body()).contains("it is HTML without a feed link");
        assertThat(notHttp.statusCode()).isEqualTo(400);
        assertThat(badInterval.statusCode()).isEqualTo(400);
        assertThat(badInterval.body()).contains("intervalMinutes");
    }

    @Test
    void aSourceIsFollowedOnce() {
        String json = "{\"url\": \"%s\"}".formatted(site.url(GeneratedOutlets.feedPath(2)));
        assertThat(add(json).statusCode()).isEqualTo(201);

        assertThat(add(json).statusCode()).isEqualTo(409);
    }

    @Test
    void pausedSourcesWaitAndResumedOnesAreDue() {
        HttpResponse<String> response = add("{\"url\": \"%s\"}".formatted(site.url("/o2/atom.xml")));
        String id = PortalClient.json(response).get("id").asString();

        JsonNode paused = PortalClient.json(portal.postJson("/admin/sources/" + id + "/pause", "", PortalClient.ADMIN, PortalClient.ADMIN_PASSWORD));
        assertThat(paused.get("state").asString()).isEqualTo("paused");
        JsonNode resumed = PortalClient.json(portal.postJson("/admin/sources/" + id + "/resume", "", PortalClient.ADMIN, PortalClient.ADMIN_PASSWORD));
        assertThat(resumed.get("state").asString()).isEqualTo("active");
        JsonNode due = PortalClient.json(portal.postJson("/admin/sources/" + id + "/fetch", "", PortalClient.ADMIN, PortalClient.ADMIN_PASSWORD));
        assertThat(due.get("nextFetchAt").isNull()).isFalse();

        List<String> listed = new ArrayList<>();
        PortalClient.json(portal.get("/admin/sources", PortalClient.ADMIN, PortalClient.ADMIN_PASSWORD)).forEach(s -> listed.add(s.get("id").asString()));
        assertThat(listed).contains(id);
        assertThat(portal.delete("/admin/sources/" + id, PortalClient.ADMIN, PortalClient.ADMIN_PASSWORD).statusCode()).isEqualTo(204);
        assertThat(portal.get("/admin/sources/" + id, PortalClient.ADMIN, PortalClient.ADMIN_PASSWORD).statusCode()).isEqualTo(404);
    }

    @Test
    void onlyAdminsManageSources() {
        String user = "sourcereader" + System.nanoTime() % 1_000_000;
        portal.createUser(user, "reader password");

        assertThat(portal.get("/admin/sources").statusCode()).isEqualTo(401);
        assertThat(portal.get("/admin/sources", user, "reader password").statusCode()).isEqualTo(403);
        assertThat(portal.postJson("/admin/sources", "{\"url\": \"%s\"}".formatted(site.url(GeneratedOutlets.feedPath(0))), user, "reader password")
                .statusCode()).isEqualTo(403);
    }
}
