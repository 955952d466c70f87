package dev.newsdesk.security;

import static dev.newsdesk.security.PortalClient.ADMIN;
import static dev.newsdesk.security.PortalClient.ADMIN_PASSWORD;
import static dev.newsdesk.security.PortalClient.encode;
import static dev.newsdesk.security.PortalClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.search.Hit;
import dev.newsdesk.NewsdeskTest;
import dev.newsdesk.accounts.StoredAccounts;
import dev.newsdesk.elasticsearch.ElasticsearchProperties;
import dev.newsdesk.elasticsearch.Indices;
import dev.newsdesk.search.TestArticles;

/**
 * Passwords, their hashes, feed tokens and the Elasticsearch credentials appear in no log line, page or API answer,
 * after a run of what people do: log in (and fail to), create accounts, save searches, read feeds.
 */
@NewsdeskTest
@ExtendWith(OutputCaptureExtension.class)
class SecretsNeverLeakTest {

    private static final AtomicInteger NAMES = new AtomicInteger();

    @Autowired
    ElasticsearchClient client;
    @Autowired
    ElasticsearchProperties elasticsearch;
    @LocalServerPort
    int port;

    @Test
    void noSecretAppearsInLogsPagesOrApiAnswers(CapturedOutput output) throws IOException {
        TestArticles.ensureIndexed(client);
        PortalClient portal = new PortalClient(port);
        String alice = uniqueName();
        String alicePassword = "alice's secret " + System.nanoTime();
        String bob = uniqueName();
        String bobPassword = "bob's secret " + System.nanoTime();
        String mistyped = "mistyped secret " + System.nanoTime();
        String carol = uniqueName();
        String carolPassword = "carol's secret " + System.nanoTime();

        // Accounts made through the API and the admin's form; logins that work and one that fails, by form and by Basic.
        portal.createUser(alice, alicePassword);
        PortalClient.Session admin = portal.session();
        admin.logIn(ADMIN, ADMIN_PASSWORD);
        admin.page("/admin/accounts");
        assertThat(admin.post("/admin/accounts", "username=" + bob + "&password=" + encode(bobPassword) + "&role=USER", true).statusCode())
                .isEqualTo(302);
        portal.createUser(carol, carolPassword);
        PortalClient.Session aliceBrowser = portal.session();
        assertThat(aliceBrowser.logIn(alice, alicePassword).headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        assertThat(portal.session().logIn(bob, mistyped).headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
        assertThat(portal.get("/api/saved-queries", carol, mistyped).statusCode()).isEqualTo(401);

        // Saved searches by form and by API, and their feeds read without a login.
        aliceBrowser.page("/search?q=vietnam");
        assertThat(aliceBrowser.post("/saved", "name=By+form&query=" + encode("q=vietnam"), true).statusCode()).isEqualTo(302);
        HttpResponse<String> saved = portal.postJson("/api/saved-queries", "{\"name\":\"By API\",\"query\":\"q=blinken\"}", alice, alicePassword);
        assertThat(saved.statusCode()).isEqualTo(201);
        String feedPath = URI.create(json(saved).get("feedUrl").asString()).getPath();
        assertThat(portal.get(feedPath, null, null).statusCode()).isEqualTo(200);
        assertThat(portal.get(feedPath + "-wrong", null, null).statusCode()).isEqualTo(404);

        Map<String, String> secrets = new LinkedHashMap<>();
        secrets.put("the admin password", ADMIN_PASSWORD);
        secrets.put("alice's password", alicePassword);
        secrets.put("bob's password", bobPassword);
        secrets.put("carol's password", carolPassword);
        secrets.put("a mistyped password", mistyped);
        passwordHashes().forEach((user, hash) -> secrets.put("the password hash of " + user, hash));
        Map<String, String> tokens = feedTokens(StoredAccounts.ownerId(client, alice));
        assertThat(tokens).as("alice's feed tokens").hasSize(2);
        secrets.putAll(tokens);
        elasticsearchCredentials().forEach(secrets::put);

        // What others see: pages, the admin's lists and health, another user's saved searches.
        PortalClient.Session bobBrowser = portal.session();
        bobBrowser.logIn(bob, bobPassword);
        List<Answer> answers = new ArrayList<>();
        answers.add(new Answer("the home page", portal.session().page("/")));
        answers.add(new Answer("a results page", portal.session().page("/search?q=vietnam")));
        answers.add(new Answer("an article page", portal.session().page("/articles/fixture-story-1")));
        answers.add(new Answer("the login page", portal.session().page("/login?error")));
        answers.add(new Answer("the admin's accounts page", admin.page("/admin/accounts")));
        answers.add(new Answer("the admin page", admin.page("/admin")));
        answers.add(new Answer("the admin's account list", portal.get("/admin/users", ADMIN, ADMIN_PASSWORD)));
        answers.add(new Answer("the admin's index list", portal.get("/admin/indices", ADMIN, ADMIN_PASSWORD)));
        answers.add(new Answer("health as admin", portal.get("/actuator/health", ADMIN, ADMIN_PASSWORD)));
        answers.add(new Answer("health", portal.get("/actuator/health", null, null)));
        answers.add(new Answer("the search API", portal.get("/api/search?q=vietnam", null, null)));
        answers.add(new Answer("bob's saved searches page", bobBrowser.page("/saved")));
        answers.add(new Answer("bob's results page", bobBrowser.page("/search?q=vietnam")));
        answers.add(new Answer("bob's saved searches API", portal.get("/api/saved-queries", bob, bobPassword)));
        answers.add(new Answer("alice's feed", portal.get(feedPath, null, null)));

        for (Answer answer : answers) {
            for (Map.Entry<String, String> secret : secrets.entrySet()) {
                if (answer.name().equals("alice's feed") && tokens.containsKey(secret.getKey())) {
                    continue; // the feed's own address, in its self link, is what its holder followed
                }
                assertThat(answer.body()).as(answer.name() + " shows " + secret.getKey()).doesNotContain(secret.getValue());
            }
        }
        // The owner is shown her feed addresses: they are the point of the page and the API.
        String alicePage = aliceBrowser.page("/saved").body();
        String aliceApi = portal.get("/api/saved-queries", alice, alicePassword).body();
        for (String token : tokens.values()) {
            assertThat(alicePage).contains(token);
            assertThat(aliceApi).contains(token);
        }
        for (Map.Entry<String, String> secret : secrets.entrySet()) {
            assertThat(output.getAll()).as("the log shows " + secret.getKey()).doesNotContain(secret.getValue());
        }
    }

    /** Every account's bcrypt hash, without the {bcrypt} prefix, by user name. */
    private Map<String, String> passwordHashes() throws IOException {
        client.indices().refresh(r -> r.index(Indices.ACCOUNTS));
        Map<String, String> hashes = new LinkedHashMap<>();
        @SuppressWarnings("rawtypes")
        List<Hit<Map>> hits = client.search(s -> s.index(Indices.ACCOUNTS).size(1000), Map.class).hits().hits();
        for (Hit<?> hit : hits) {
            String hash = String.valueOf(((Map<?, ?>) hit.source()).get("password_hash"));
            assertThat(hash).as("the stored hash of " + hit.id()).startsWith("{bcrypt}$2");
            hashes.put(hit.id(), hash.substring("{bcrypt}".length()));
        }
        assertThat(hashes).as("accounts in the index").hasSizeGreaterThanOrEqualTo(3);
        return hashes;
    }

    /** The feed tokens of one owner's saved searches, as stored. */
    private Map<String, String> feedTokens(String owner) throws IOException {
        client.indices().refresh(r -> r.index(Indices.SAVED_SEARCHES));
        Map<String, String> tokens = new LinkedHashMap<>();
        @SuppressWarnings("rawtypes")
        List<Hit<Map>> hits = client.search(s -> s.index(Indices.SAVED_SEARCHES).size(1000)
                .query(q -> q.term(t -> t.field("owner").value(owner))), Map.class).hits().hits();
        for (Hit<?> hit : hits) {
            tokens.put("the feed token of " + hit.id(), String.valueOf(((Map<?, ?>) hit.source()).get("feed_token")));
        }
        return tokens;
    }

    /** Whatever credentials the portal uses for Elasticsearch, when it uses any. */
    private Map<String, String> elasticsearchCredentials() {
        Map<String, String> credentials = new LinkedHashMap<>();
        if (elasticsearch.password() != null && !elasticsearch.password().isBlank()) {
            credentials.put("the Elasticsearch password", elasticsearch.password());
        }
        if (elasticsearch.apiKey() != null && !elasticsearch.apiKey().isBlank()) {
            credentials.put("the Elasticsearch API key", elasticsearch.apiKey());
        }
        return credentials;
    }

    private static String uniqueName() {
        return "secret" + System.nanoTime() % 1_000_000 + "-" + NAMES.incrementAndGet();
    }

    record Answer(String name, String body) {

        Answer(String name, HttpResponse<String> response) {
            this(name, response.body());
        }
    }
}
