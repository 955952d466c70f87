package dev.newsdesk.reindex;

import static dev.newsdesk.security.PortalClient.ADMIN;
import static dev.newsdesk.security.PortalClient.ADMIN_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import dev.newsdesk.accounts.UserAccounts;
import dev.newsdesk.elasticsearch.IndexSetup;
import dev.newsdesk.ingest.Ingester;
import dev.newsdesk.security.PortalClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The reindex API as an admin's script uses it, and what each job leaves behind. */
@AdminTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReindexApiTest {

    private static final Duration JOB_LIMIT = Duration.ofMinutes(3);
    private static final int ARTICLES = 150;
    /** A signed-in user without the ADMIN role, added to the app's accounts before the tests. */
    private static final String READER = "reader";
    private static final String READER_PASSWORD = "reader-password";

    @Autowired
    ElasticsearchClient client;
    @Autowired
    IndexSetup indexSetup;
    @Autowired
    Ingester ingester;
    @Autowired
    UserAccounts accounts;
    @Autowired
    ReindexJobs jobs;
    @LocalServerPort
    int port;

    PortalClient http;
    AdminFixture fixture;

    @BeforeAll
    void ingestAGeneratedCorpusAndAddAUserWithoutTheAdminRole() throws IOException {
        http = new PortalClient(port);
        fixture = new AdminFixture(client, indexSetup, ingester);
        fixture.startFresh();
        fixture.ingest(AdminFixture.generatedFiles(ARTICLES, 11));
        if (accounts.list().stream().noneMatch(account -> account.username().equals(READER))) {
            accounts.add(READER, READER_PASSWORD, List.of("USER"));
        }
    }

    @BeforeEach
    void noJobIsRunning() {
        await().atMost(JOB_LIMIT).until(() -> jobs.running().isEmpty());
    }

    @Test
    void anonymousCallsAnswer401AndUsersWithoutTheAdminRole403() {
        List<HttpResponse<String>> anonymous = calls(null, null);
        List<HttpResponse<String>> reader = calls(READER, READER_PASSWORD);

        assertThat(anonymous).allSatisfy(response -> {
            assertThat(response.statusCode()).as(response.uri().toString()).isEqualTo(401);
            assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(value -> assertThat(value).startsWith("Basic"));
            assertThat(fieldNames(PortalClient.json(response))).containsExactly("status", "error", "message");
        });
        assertThat(reader).allSatisfy(response -> {
            assertThat(response.statusCode()).as(response.uri().toString()).isEqualTo(403);
            assertThat(PortalClient.json(response).get("message").asString()).contains("ADMIN");
        });
    }

    @Test
    void aCrossSiteRequestNeedsTheCsrfTokenEvenWithBasicCredentials() {
        // A page on another site can make the browser send Basic credentials it cached; Sec-Fetch-Site gives it away.
        HttpResponse<String> crossSite = http.post("/admin/reindex/rollback", ADMIN, ADMIN_PASSWORD, "Sec-Fetch-Site", "cross-site");

        assertThat(crossSite.statusCode()).isEqualTo(403);
        assertThat(PortalClient.json(crossSite).get("message").asString()).contains("CSRF");
    }

    @Test
    void aBrowserWithoutALoginIsSentToTheLoginPage() {
        HttpResponse<String> page = http.page("/admin");

        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
    }

    @Test
    void badJsonOrAnUnknownSourceAnswers400WithAMessage() {
        HttpResponse<String> notJson = http.postJson("/admin/reindex", "{source: index", ADMIN, ADMIN_PASSWORD);
        HttpResponse<String> unknown = http.postJson("/admin/reindex", "{\"source\": \"database\"}", ADMIN, ADMIN_PASSWORD);
        HttpResponse<String> empty = http.post("/admin/reindex", ADMIN, ADMIN_PASSWORD);

        assertThat(List.of(notJson, unknown, empty)).allSatisfy(response -> {
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(fieldNames(PortalClient.json(response))).containsExactly("status", "error", "message");
        });
        assertThat(PortalClient.json(notJson).get("message").asString()).contains("not valid JSON", "{\"source\": \"index\"}");
        assertThat(PortalClient.json(unknown).get("message").asString()).contains("database", "\"index\" or \"files\"");
        assertThat(http.get("/admin/reindex/no-such-job", ADMIN, ADMIN_PASSWORD).statusCode()).isEqualTo(404);
    }

    @Test
    void aJobBuildsTheNextVersionAndMovesTheAliasToItWhenComplete() throws IOException {
        String before = fixture.serving();
        long total = fixture.total();

        HttpResponse<String> started = http.postJson("/admin/reindex", "{\"source\": \"index\"}", ADMIN, ADMIN_PASSWORD);

        assertThat(started.statusCode()).isEqualTo(202);
        JsonNode answer = PortalClient.json(started);
        assertThat(fieldNames(answer)).containsExactly("id", "state", "source");
        assertThat(answer.get("state").asString()).isEqualTo("running");
        assertThat(answer.get("source").asString()).isEqualTo("index");
        String id = answer.get("id").asString();
        assertThat(started.headers().firstValue("Location")).contains("/admin/reindex/" + id);
        JsonNode job = awaitEnd(id);
        assertThat(fieldNames(job)).containsExactly("id", "source", "state", "done", "total", "failed", "docsPerSecond", "etaSeconds",
                "target", "startedAt", "finishedAt", "error", "failures");
        assertThat(job.get("state").asString()).isEqualTo("succeeded");
        assertThat(job.get("done").asLong()).isEqualTo(total);
        assertThat(job.get("total").asLong()).isEqualTo(total);
        assertThat(job.get("failed").asLong()).isZero();
        assertThat(job.get("docsPerSecond").asDouble()).isPositive();
        assertThat(job.get("finishedAt").isNull()).isFalse();
        String target = job.get("target").asString();
        assertThat(target).isNotEqualTo(before).startsWith("articles-");
        assertThat(fixture.serving()).isEqualTo(target);
        assertThat(fixture.total()).isEqualTo(total);
        JsonNode indices = PortalClient.json(http.get("/admin/indices", ADMIN, ADMIN_PASSWORD));
        assertThat(indices.get("alias").asString()).isEqualTo("articles");
        assertThat(indices.get("target").asString()).isEqualTo(target);
        assertThat(names(indices.get("indices"))).containsExactly(before, target);
        assertThat(fieldNames(indices.get("indices").get(1))).containsExactly("name", "docs", "bytes", "created");
        assertThat(indices.get("indices").get(1).get("docs").asLong()).isEqualTo(total);
        assertThat(indices.get("indices").get(1).get("bytes").asLong()).isPositive();
    }

    @Test
    void aSecondJobWhileOneRunsAnswers409WithTheRunningJobsId() {
        String running = http.startReindex("files");

        HttpResponse<String> second = http.postJson("/admin/reindex", "{\"source\": \"index\"}", ADMIN, ADMIN_PASSWORD);

        assertThat(second.statusCode()).isEqualTo(409);
        assertThat(PortalClient.json(second).get("id").asString()).isEqualTo(running);
        assertThat(PortalClient.json(second).get("message").asString()).contains(running);
        assertThat(http.post("/admin/reindex/rollback", ADMIN, ADMIN_PASSWORD).statusCode()).as("no rollback during a job").isEqualTo(409);
        http.post("/admin/reindex/" + running + "/cancel", ADMIN, ADMIN_PASSWORD);
        awaitEnd(running);
    }

    @Test
    void cancellingStopsTheJobRemovesItsIndexAndLeavesTheCurrentOneServing() throws IOException {
        String serving = fixture.serving();
        long total = fixture.total();
        String id = http.startReindex("files");
        String target = http.reindexJob(id).get("target").asString();
        await().atMost(JOB_LIMIT).until(() -> http.reindexJob(id).get("done").asLong() > 0);

        HttpResponse<String> cancelled = http.post("/admin/reindex/" + id + "/cancel", ADMIN, ADMIN_PASSWORD);

        assertThat(cancelled.statusCode()).isEqualTo(200);
        JsonNode job = awaitEnd(id);
        assertThat(job.get("state").asString()).isEqualTo("cancelled");
        assertThat(job.get("done").asLong()).isLessThan(job.get("total").asLong());
        assertThat(job.get("error").asString()).contains(serving + " kept serving", target + " was removed");
        assertThat(fixture.exists(target)).isFalse();
        assertThat(fixture.serving()).isEqualTo(serving);
        assertThat(fixture.total()).isEqualTo(total);
        assertThat(http.post("/admin/reindex/" + id + "/cancel", ADMIN, ADMIN_PASSWORD).statusCode()).as("cancel a finished job").isEqualTo(409);
    }

    @Test
    void aJobThatFailsMidwayLeavesTheCurrentIndexServingAndRemovesItsPartialIndex() throws IOException {
        String serving = fixture.serving();
        long total = fixture.total();
        // An admin's mapping change that some articles do not fit: agencies ("AFP", "Reuters") are no dates.
        installTemplateWithAgencyMappedAs("date");
        try {
            String id = http.startReindex("index");

            JsonNode job = awaitEnd(id);

            assertThat(job.get("state").asString()).isEqualTo("failed");
            assertThat(job.get("failed").asLong()).isPositive();
            assertThat(job.get("error").asString()).contains("could not be written", serving + " kept serving");
            assertThat(job.get("failures")).isNotEmpty().allSatisfy(failure ->
                    assertThat(failure.get("reason").asString()).contains("agency"));
            assertThat(fixture.exists(job.get("target").asString())).isFalse();
            assertThat(fixture.serving()).isEqualTo(serving);
            assertThat(fixture.total()).isEqualTo(total);
        } finally {
            client.indices().deleteIndexTemplate(t -> t.name(BROKEN_TEMPLATE));
        }
    }

    @Test
    void rollbackMovesTheAliasBackInOneStepAndAnswers409WhenNoOlderVersionIsKept() throws IOException {
        String before = fixture.serving();
        String id = http.startReindex("index");
        String after = awaitEnd(id).get("target").asString();
        assertThat(fixture.serving()).isEqualTo(after);

        HttpResponse<String> rollback = http.post("/admin/reindex/rollback", ADMIN, ADMIN_PASSWORD);

        assertThat(rollback.statusCode()).isEqualTo(200);
        assertThat(PortalClient.json(rollback).get("target").asString()).isEqualTo(before);
        assertThat(fixture.serving()).isEqualTo(before);
        HttpResponse<String> again = http.post("/admin/reindex/rollback", ADMIN, ADMIN_PASSWORD);
        assertThat(again.statusCode()).as("keep-versions is 1: nothing older than %s is kept", before).isEqualTo(409);
        assertThat(PortalClient.json(again).get("message").asString()).contains("no previous version");
    }

    @Test
    void versionsBeyondTheKeptOnesAreDeleted() throws IOException {
        String first = awaitEnd(http.startReindex("index")).get("target").asString();
        String second = awaitEnd(http.startReindex("index")).get("target").asString();

        assertThat(fixture.versionNames()).containsExactly(first, second);
        assertThat(fixture.serving()).isEqualTo(second);
    }

    private static final String BROKEN_TEMPLATE = "articles-test-broken";

    private void installTemplateWithAgencyMappedAs(String type) throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        ObjectNode template = (ObjectNode) json.readTree(new ClassPathResource("index-templates/articles.index-template.json")
                .getContentAsString(StandardCharsets.UTF_8));
        template.put("priority", 300);
        ObjectNode agency = (ObjectNode) template.path("template").path("mappings").path("properties").path("agency");
        agency.removeAll();
        agency.put("type", type);
        client.indices().putIndexTemplate(t -> t.name(BROKEN_TEMPLATE).withJson(new StringReader(json.writeValueAsString(template))));
    }

    private JsonNode awaitEnd(String id) {
        await().atMost(JOB_LIMIT).pollInterval(Duration.ofMillis(250)).until(() -> !http.reindexJob(id).get("state").asString().equals("running"));
        return http.reindexJob(id);
    }

    private List<HttpResponse<String>> calls(String user, String password) {
        return List.of(
                http.get("/admin/indices", user, password),
                http.get("/admin/reindex/some-job", user, password),
                http.postJson("/admin/reindex", "{\"source\": \"index\"}", user, password),
                http.post("/admin/reindex/some-job/cancel", user, password),
                http.post("/admin/reindex/rollback", user, password));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.propertyNames().forEach(names::add);
        return names;
    }

    private static List<String> names(JsonNode indices) {
        List<String> names = new ArrayList<>();
        indices.forEach(index -> names.add(index.get("name").asString()));
        return names;
    }

}
