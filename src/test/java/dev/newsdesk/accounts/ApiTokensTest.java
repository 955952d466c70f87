package dev.newsdesk.accounts;

import static dev.newsdesk.security.PortalClient.ADMIN;
import static dev.newsdesk.security.PortalClient.ADMIN_PASSWORD;
import static dev.newsdesk.security.PortalClient.bearer;
import static dev.newsdesk.security.PortalClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import dev.newsdesk.NewsdeskTest;
import dev.newsdesk.elasticsearch.Indices;
import dev.newsdesk.security.PortalClient;

/** Personal API tokens: made by their owner, shown once, kept as a hash, with the owner's roles or fewer, gone with the account. */
@NewsdeskTest
class ApiTokensTest {

    private static final AtomicInteger NAMES = new AtomicInteger();
    private static final String PASSWORD = "token password";

    @Autowired
    ElasticsearchClient client;
    @LocalServerPort
    int port;
    PortalClient portal;
    String user;

    @BeforeEach
    void setUp() {
        portal = new PortalClient(port);
        user = uniqueName("scripter");
        portal.createUser(user, PASSWORD);
    }

    @Test
    void aTokenIsShownOnceAndStoredOnlyAsItsSha256Hash() throws IOException {
        HttpResponse<String> created = portal.postJson("/api/tokens", "{\"name\":\"nightly export\"}", user, PASSWORD);
        String token = json(created).get("token").asString();

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(token).startsWith("nd_").hasSize(46);
        HttpResponse<String> list = portal.get("/api/tokens", user, PASSWORD);
        assertThat(list.body()).contains("nightly export").doesNotContain(token);
        @SuppressWarnings("unchecked")
        Map<String, Object> stored = client.get(g -> g.index(Indices.API_TOKENS).id(ApiTokens.hash(token)), Map.class).source();
        assertThat(stored).isNotNull();
        assertThat(stored.toString()).doesNotContain(token.substring(3));
    }

    @Test
    void aTokenCallsTheApiAsItsOwnerWithoutCsrf() {
        String token = portal.createToken(user, PASSWORD, "saver", null);

        HttpResponse<String> saved = portal.call("POST", "/api/saved-queries", "{\"name\":\"By script\",\"query\":\"q=hanoi\"}", bearer(token));
        HttpResponse<String> list = portal.get("/api/saved-queries", user, PASSWORD);

        assertThat(saved.statusCode()).isEqualTo(201);
        assertThat(saved.headers().firstValue("Set-Cookie")).as("no session for a token").isEmpty();
        assertThat(list.body()).contains("By script");
    }

    @Test
    void aTokenHasItsOwnersRolesOrFewer() {
        String userOnly = portal.createToken(ADMIN, ADMIN_PASSWORD, "reader", "[\"USER\"]");
        String full = portal.createToken(ADMIN, ADMIN_PASSWORD, "admin script", null);

        assertThat(portal.call("GET", "/admin/users", null, bearer(userOnly)).statusCode()).isEqualTo(403);
        assertThat(portal.call("GET", "/admin/users", null, bearer(full)).statusCode()).isEqualTo(200);
        HttpResponse<String> more = portal.postJson("/api/tokens", "{\"name\":\"climber\",\"roles\":[\"ADMIN\"]}", user, PASSWORD);
        assertThat(more.statusCode()).isEqualTo(400);
        assertThat(json(more).get("message").asString()).contains("only roles you have");
    }

    @Test
    void aRevokedTokenStopsAtOnce() {
        HttpResponse<String> created = portal.postJson("/api/tokens", "{\"name\":\"short-lived\"}", user, PASSWORD);
        String token = json(created).get("token").asString();
        assertThat(portal.call("GET", "/api/saved-queries", null, bearer(token)).statusCode()).isEqualTo(200);

        assertThat(portal.delete("/api/tokens/" + json(created).get("id").asString(), user, PASSWORD).statusCode()).isEqualTo(204);

        HttpResponse<String> after = portal.call("GET", "/api/saved-queries", null, bearer(token));
        assertThat(after.statusCode()).isEqualTo(401);
        assertThat(json(after).get("message").asString()).contains("not valid");
        assertThat(after.headers().firstValue("WWW-Authenticate").orElseThrow()).contains("invalid_token");
    }

    @Test
    void removingTheAccountRemovesItsTokens() throws IOException {
        String token = portal.createToken(user, PASSWORD, "orphan", null);
        assertThat(portal.call("GET", "/api/saved-queries", null, bearer(token)).statusCode()).isEqualTo(200);

        portal.delete("/admin/users/" + user, ADMIN, ADMIN_PASSWORD);

        assertThat(portal.call("GET", "/api/saved-queries", null, bearer(token)).statusCode()).isEqualTo(401);
        assertThat(client.get(g -> g.index(Indices.API_TOKENS).id(ApiTokens.hash(token)), Map.class).found()).isFalse();
    }

    @Test
    void aRoleTakenFromTheAccountIsTakenFromItsTokens() {
        String admin = uniqueName("deputy");
        portal.postJson("/admin/users", "{\"username\":\"%s\",\"password\":\"%s\",\"roles\":[\"ADMIN\"]}".formatted(admin, PASSWORD), ADMIN, ADMIN_PASSWORD);
        String token = portal.createToken(admin, PASSWORD, "deputy script", null);
        assertThat(portal.call("GET", "/admin/users", null, bearer(token)).statusCode()).isEqualTo(200);

        portal.patchJson("/admin/users/" + admin, "{\"roles\":[\"USER\"]}", ADMIN, ADMIN_PASSWORD);

        assertThat(portal.call("GET", "/admin/users", null, bearer(token)).statusCode()).isEqualTo(403);
        assertThat(portal.call("GET", "/api/saved-queries", null, bearer(token)).statusCode()).isEqualTo(200);
    }

    @Test
    void aMadeUpOrMalformedTokenIs401() {
        assertThat(portal.call("GET", "/api/saved-queries", null, bearer("nd_" + "A".repeat(43))).statusCode()).isEqualTo(401);
        assertThat(portal.call("GET", "/api/search?q=vietnam", null, bearer("not even close")).statusCode()).isEqualTo(401);
    }

    @Test
    void theAccountPageMakesATokenShowsItOnceAndRevokesIt() {
        PortalClient.Session browser = portal.session();
        browser.logIn(user, PASSWORD);
        browser.page("/account");

        HttpResponse<String> made = browser.post("/account/tokens", "name=From+the+page", true);
        Document shown = Jsoup.parse(browser.page("/account").body());
        String token = shown.select("code.token-secret").text();
        Document again = Jsoup.parse(browser.page("/account").body());

        assertThat(made.headers().firstValue("Location").orElseThrow()).endsWith("/account");
        assertThat(token).startsWith("nd_");
        assertThat(again.select("code.token-secret")).isEmpty();
        assertThat(again.select("table.tokens").text()).contains("From the page");
        assertThat(portal.call("GET", "/api/saved-queries", null, bearer(token)).statusCode()).isEqualTo(200);
        String id = again.select("tr[data-token]").attr("data-token");
        browser.post("/account/tokens/" + id + "/revoke", "", true);
        assertThat(portal.call("GET", "/api/saved-queries", null, bearer(token)).statusCode()).isEqualTo(401);
    }

    private static String uniqueName(String prefix) {
        return prefix + System.nanoTime() % 1_000_000 + "-" + NAMES.incrementAndGet();
    }
}
