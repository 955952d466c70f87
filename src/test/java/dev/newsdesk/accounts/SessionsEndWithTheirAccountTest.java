package dev.newsdesk.accounts;

import static dev.newsdesk.security.PortalClient.ADMIN;
import static dev.newsdesk.security.PortalClient.ADMIN_PASSWORD;
import static dev.newsdesk.security.PortalClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import dev.newsdesk.NewsdeskTest;
import dev.newsdesk.elasticsearch.Indices;
import dev.newsdesk.security.PortalClient;

/** Removing an account, or changing its password or roles, ends its sessions; what it owned never passes to a new account of its name. */
@NewsdeskTest
class SessionsEndWithTheirAccountTest {

    private static final AtomicInteger NAMES = new AtomicInteger();
    private static final String PASSWORD = "session password";

    @Autowired
    ElasticsearchClient client;
    @LocalServerPort
    int port;
    PortalClient portal;

    @BeforeEach
    void setUp() {
        portal = new PortalClient(port);
    }

    @Test
    void aRemovedAdminsSessionIsAnonymousOnItsNextRequest() {
        String name = uniqueName("admin");
        createAccount(name, "ADMIN");
        PortalClient.Session browser = portal.session();
        browser.logIn(name, PASSWORD);
        assertThat(browser.page("/admin/accounts").statusCode()).isEqualTo(200);

        assertThat(portal.delete("/admin/users/" + name, ADMIN, ADMIN_PASSWORD).statusCode()).isEqualTo(204);

        HttpResponse<String> list = browser.page("/admin/accounts");
        assertThat(list.statusCode()).isEqualTo(302);
        assertThat(list.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        browser.page("/login");
        String intruder = uniqueName("intruder");
        HttpResponse<String> create = browser.post("/admin/accounts", "username=" + intruder + "&password=sneaky+password+9&role=ADMIN", true);
        assertThat(create.statusCode()).as("refused: the CSRF token went with the session, or sent to log in").isIn(302, 403);
        assertThat(create.headers().firstValue("Location").orElse("/login")).endsWith("/login");
        assertThat(portal.get("/admin/users", ADMIN, ADMIN_PASSWORD).body()).doesNotContain(intruder);
    }

    @Test
    void aRemovedUsersSessionCannotSaveAndANewAccountOfTheNameStartsEmpty() {
        String name = uniqueName("jack");
        portal.createUser(name, PASSWORD);
        PortalClient.Session old = portal.session();
        old.logIn(name, PASSWORD);
        old.page("/saved");
        assertThat(old.post("/saved", "name=Before&query=q%3Dvietnam", true).statusCode()).isEqualTo(302);

        assertThat(portal.delete("/admin/users/" + name, ADMIN, ADMIN_PASSWORD).statusCode()).isEqualTo(204);
        HttpResponse<String> afterRemoval = old.post("/saved", "name=After&query=q%3Dvietnam", true);
        portal.createUser(name, PASSWORD);

        assertThat(afterRemoval.statusCode()).isIn(302, 403);
        assertThat(afterRemoval.headers().firstValue("Location").orElse("/login")).endsWith("/login");
        assertThat(json(portal.get("/api/saved-queries", name, PASSWORD))).isEmpty();
        portal.postJson("/api/saved-queries", "{\"name\":\"New jack's\",\"query\":\"q=hanoi\"}", name, PASSWORD);
        HttpResponse<String> oldSessionLooks = old.page("/saved");
        assertThat(oldSessionLooks.statusCode()).isEqualTo(302);
        assertThat(oldSessionLooks.body()).doesNotContain("New jack's").doesNotContain("/feeds/saved/");
    }

    @Test
    void changingTheRolesOrThePasswordEndsEverySessionOfTheAccount() {
        String name = uniqueName("changed");
        portal.createUser(name, PASSWORD);
        PortalClient.Session first = portal.session();
        first.logIn(name, PASSWORD);
        PortalClient.Session second = portal.session();
        second.logIn(name, PASSWORD);

        HttpResponse<String> roles = portal.patchJson("/admin/users/" + name, "{\"roles\":[\"ADMIN\"]}", ADMIN, ADMIN_PASSWORD);
        assertThat(roles.statusCode()).isEqualTo(200);
        assertThat(first.page("/saved").statusCode()).isEqualTo(302);
        assertThat(second.page("/saved").statusCode()).isEqualTo(302);

        PortalClient.Session third = portal.session();
        third.logIn(name, PASSWORD);
        assertThat(third.page("/admin/accounts").statusCode()).as("the new role holds for a new session").isEqualTo(200);
        assertThat(portal.patchJson("/admin/users/" + name, "{\"password\":\"a fresh password\"}", ADMIN, ADMIN_PASSWORD).statusCode())
                .isEqualTo(200);
        assertThat(third.page("/saved").statusCode()).isEqualTo(302);
        assertThat(portal.get("/api/saved-queries", name, PASSWORD).statusCode()).isEqualTo(401);
        assertThat(portal.get("/api/saved-queries", name, "a fresh password").statusCode()).isEqualTo(200);
    }

    @Test
    void aUserWhoChangesTheirOwnPasswordLogsInAgainWithTheNewOne() {
        String name = uniqueName("self");
        portal.createUser(name, PASSWORD);
        PortalClient.Session browser = portal.session();
        browser.logIn(name, PASSWORD);
        browser.page("/account");

        HttpResponse<String> changed = browser.post("/account/password", "current=" + PortalClient.encode(PASSWORD)
                + "&password=" + PortalClient.encode("my new password"), true);

        assertThat(changed.headers().firstValue("Location").orElseThrow()).endsWith("/login?changed");
        assertThat(browser.page("/account").statusCode()).isEqualTo(302);
        assertThat(portal.get("/api/saved-queries", name, "my new password").statusCode()).isEqualTo(200);
    }

    @Test
    void savedSearchesAreStoredUnderTheAccountsIdNotItsName() throws IOException {
        String name = uniqueName("owner");
        portal.createUser(name, PASSWORD);
        String id = json(portal.postJson("/api/saved-queries", "{\"name\":\"Mine\",\"query\":\"q=hanoi\"}", name, PASSWORD)).get("id").asString();

        @SuppressWarnings("unchecked")
        Map<String, Object> account = client.get(g -> g.index(Indices.ACCOUNTS).id(name), Map.class).source();
        @SuppressWarnings("unchecked")
        Map<String, Object> saved = client.get(g -> g.index(Indices.SAVED_SEARCHES).id(id), Map.class).source();
        assertThat(account.get("id").toString()).isNotEqualTo(name).isNotBlank();
        assertThat(saved.get("owner")).isEqualTo(account.get("id"));
    }

    @Test
    void anAccountStoredBeforeIdsKeepsTheSavedSearchesItsNameOwns() throws IOException {
        String name = uniqueName("legacy");
        portal.createUser(name, PASSWORD);
        @SuppressWarnings("unchecked")
        Map<String, Object> account = client.get(g -> g.index(Indices.ACCOUNTS).id(name), Map.class).source();
        account.remove("id");
        account.remove("credentials_stamp");
        client.index(i -> i.index(Indices.ACCOUNTS).id(name).document(account).refresh(Refresh.True));
        client.index(i -> i.index(Indices.SAVED_SEARCHES).id("legacy-" + name).refresh(Refresh.True).document(Map.of("owner", name,
                "name", "From before", "query", "q=hanoi", "feed_token", "legacy-token-" + name, "created_at", Instant.now().toString(),
                "last_visited_at", Instant.now().toString())));

        HttpResponse<String> list = portal.get("/api/saved-queries", name, PASSWORD);

        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("From before");
        PortalClient.Session browser = portal.session();
        browser.logIn(name, PASSWORD);
        assertThat(browser.page("/saved").body()).contains("From before");
    }

    private void createAccount(String name, String role) {
        HttpResponse<String> created = portal.postJson("/admin/users",
                "{\"username\":\"%s\",\"password\":\"%s\",\"roles\":[\"%s\"]}".formatted(name, PASSWORD, role), ADMIN, ADMIN_PASSWORD);
        assertThat(created.statusCode()).isEqualTo(201);
    }

    private static String uniqueName(String prefix) {
        return prefix + System.nanoTime() % 1_000_000 + "-" + NAMES.incrementAndGet();
    }
}
