package dev.newsdesk.accounts;

import static dev.newsdesk.security.PortalClient.ADMIN;
import static dev.newsdesk.security.PortalClient.ADMIN_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import dev.newsdesk.NewsdeskTest;
import dev.newsdesk.elasticsearch.Indices;
import dev.newsdesk.security.PortalClient;
import tools.jackson.databind.JsonNode;

@NewsdeskTest
class AccountsTest {

    private static final AtomicInteger NAMES = new AtomicInteger();
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
    void anAdminCreatesAnAccountThatCanThenLogIn() {
        String name = uniqueName();
        HttpResponse<String> created = portal.postJson("/admin/users",
                "{\"username\":\"" + name + "\",\"password\":\"correct horse\",\"roles\":[\"USER\"]}", ADMIN, ADMIN_PASSWORD);

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(PortalClient.json(created).get("username").asString()).isEqualTo(name);
        // Authenticated but not an admin: 403, where wrong credentials would be 401.
        assertThat(portal.get("/admin/users", name, "correct horse").statusCode()).isEqualTo(403);
        assertThat(portal.get("/admin/users", name, "wrong horse!").statusCode()).isEqualTo(401);
    }

    @Test
    void aTakenNameAnswers409() {
        String name = uniqueName();
        portal.createUser(name, "first password");

        HttpResponse<String> again = portal.postJson("/admin/users",
                "{\"username\":\"" + name + "\",\"password\":\"other password\",\"roles\":[\"USER\"]}", ADMIN, ADMIN_PASSWORD);
        HttpResponse<String> admin = portal.postJson("/admin/users",
                "{\"username\":\"admin\",\"password\":\"other password\",\"roles\":[\"USER\"]}", ADMIN, ADMIN_PASSWORD);

        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(PortalClient.json(again).get("message").asString()).contains("already an account named '" + name + "'");
        assertThat(admin.statusCode()).isEqualTo(409);
        assertThat(portal.get("/admin/users", name, "other password").statusCode()).isEqualTo(401);
    }

    @Test
    void badAccountsAnswer400WithWhatToChange() {
        HttpResponse<String> shortPassword = portal.postJson("/admin/users",
                "{\"username\":\"" + uniqueName() + "\",\"password\":\"short\"}", ADMIN, ADMIN_PASSWORD);
        HttpResponse<String> badName = portal.postJson("/admin/users",
                "{\"username\":\"no spaces please\",\"password\":\"long enough\"}", ADMIN, ADMIN_PASSWORD);
        HttpResponse<String> badRole = portal.postJson("/admin/users",
                "{\"username\":\"" + uniqueName() + "\",\"password\":\"long enough\",\"roles\":[\"ROOT\"]}", ADMIN, ADMIN_PASSWORD);

        assertThat(shortPassword.statusCode()).isEqualTo(400);
        assertThat(PortalClient.json(shortPassword).get("message").asString()).contains("password is 8 to 72 characters");
        assertThat(badName.statusCode()).isEqualTo(400);
        assertThat(PortalClient.json(badName).get("message").asString()).contains("user name is 1 to 64");
        assertThat(badRole.statusCode()).isEqualTo(400);
        assertThat(PortalClient.json(badRole).get("message").asString()).contains("roles are USER and ADMIN");
    }

    @Test
    void theListShowsAccountsAndRolesButNoPasswords() {
        String name = uniqueName();
        portal.createUser(name, "listed password");

        HttpResponse<String> list = portal.get("/admin/users", ADMIN, ADMIN_PASSWORD);

        assertThat(list.statusCode()).isEqualTo(200);
        List<String> names = new ArrayList<>();
        PortalClient.json(list).forEach(account -> names.add(account.get("username").asString()));
        assertThat(names).contains("admin", name);
        assertThat(list.body()).doesNotContain("password").doesNotContain("$2a$");
    }

    @Test
    void aRemovedAccountCanNoLongerLogIn() {
        String name = uniqueName();
        portal.createUser(name, "soon removed");

        assertThat(portal.delete("/admin/users/" + name, ADMIN, ADMIN_PASSWORD).statusCode()).isEqualTo(204);
        assertThat(portal.get("/admin/users", name, "soon removed").statusCode()).isEqualTo(401);
        assertThat(portal.delete("/admin/users/" + name, ADMIN, ADMIN_PASSWORD).statusCode()).isEqualTo(404);
    }

    @Test
    void anonymousAndNonAdminCallsToTheAdminApiAreRefused() {
        HttpResponse<String> anonymous = portal.get("/admin/users", null, null);
        String name = uniqueName();
        portal.createUser(name, "plain user");

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(PortalClient.json(anonymous).get("message").asString()).contains("Log in");
        assertThat(portal.postJson("/admin/users", "{\"username\":\"" + uniqueName() + "\",\"password\":\"sneaky password\"}",
                name, "plain user").statusCode()).isEqualTo(403);
    }

    @Test
    void passwordsAreStoredOnlyAsBcryptHashesInTheAccountsOwnIndex() throws IOException {
        String name = uniqueName();
        portal.createUser(name, "hash me please");

        @SuppressWarnings("unchecked")
        Map<String, Object> stored = client.get(g -> g.index(Indices.ACCOUNTS).id(name), Map.class).source();
        assertThat(stored.get("password_hash").toString()).startsWith("{bcrypt}$2").doesNotContain("hash me please");
        assertThat(stored.toString()).doesNotContain("hash me please");
        assertThat(client.indices().getAlias(a -> a.name(Indices.ACCOUNTS)).result()).containsOnlyKeys("accounts-000001");
        assertThat(client.indices().getAlias(a -> a.name(Indices.ARTICLES)).result().keySet()).noneMatch(index -> index.startsWith("accounts"));
    }

    @Test
    void theLoginFormCarriesACsrfTokenAndIsRefusedWithoutOne() {
        PortalClient.Session browser = portal.session();
        HttpResponse<String> page = browser.page("/login");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("name=\"_csrf\"");
        assertThat(browser.post("/login", "username=admin&password=" + ADMIN_PASSWORD, false).statusCode()).isEqualTo(403);
        HttpResponse<String> loggedIn = browser.post("/login", "username=admin&password=" + ADMIN_PASSWORD, true);
        assertThat(loggedIn.statusCode()).isEqualTo(302);
        assertThat(loggedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() {
        HttpResponse<String> loggedIn = portal.session().logIn(ADMIN, ADMIN_PASSWORD);

        String cookie = loggedIn.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
    }

    @Test
    void aFailedLoginLooksTheSameForUnknownNamesAndWrongPasswords() {
        String name = uniqueName();
        portal.createUser(name, "the real one");

        HttpResponse<String> wrongPassword = portal.session().logIn(name, "not the one");
        HttpResponse<String> unknownName = portal.session().logIn(uniqueName(), "not the one");

        assertThat(wrongPassword.statusCode()).isEqualTo(302);
        assertThat(wrongPassword.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
        assertThat(unknownName.headers().firstValue("Location")).isEqualTo(wrongPassword.headers().firstValue("Location"));
        assertThat(portal.session().page("/login?error").body()).contains("Wrong user name or password.");
    }

    @Test
    void repeatedFailuresForOneNameMakeTheNextAttemptWaitEvenWithTheRightPassword() {
        String name = uniqueName();
        portal.createUser(name, "right password");
        for (int i = 0; i < 5; i++) {
            assertThat(portal.get("/admin/users", name, "wrong password").statusCode()).isEqualTo(401);
        }

        HttpResponse<String> throttled = portal.get("/admin/users", name, "right password");
        HttpResponse<String> throttledForm = portal.session().logIn(name, "right password");

        assertThat(throttled.statusCode()).isEqualTo(401);
        assertThat(PortalClient.json(throttled).get("message").asString()).contains("Too many failed logins");
        assertThat(throttledForm.headers().firstValue("Location").orElseThrow()).endsWith("/login?wait");
        // Another name from the same address is not held up.
        assertThat(portal.get("/admin/users", ADMIN, ADMIN_PASSWORD).statusCode()).isEqualTo(200);
    }

    @Test
    void logoutEndsTheSession() {
        PortalClient.Session browser = portal.session();
        browser.logIn(ADMIN, ADMIN_PASSWORD);
        assertThat(browser.page("/admin/users").statusCode()).isNotEqualTo(302);

        browser.page("/login");
        HttpResponse<String> loggedOut = browser.post("/logout", "", true);

        assertThat(loggedOut.headers().firstValue("Location").orElseThrow()).endsWith("/login?logout");
        assertThat(browser.page("/admin/users").statusCode()).isEqualTo(302);
    }

    @Test
    void guessesSentTogetherAreCheckedNoMoreThanTheFreeAttempts() throws Exception {
        String name = uniqueName();
        portal.createUser(name, "right password");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(15);
        List<java.util.concurrent.Future<HttpResponse<String>>> guesses = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            String guess = "guess number " + i;
            guesses.add(pool.submit(() -> portal.get("/admin/users", name, guess)));
        }
        int checked = 0;
        for (var guess : guesses) {
            checked += PortalClient.json(guess.get()).get("message").asString().contains("Too many failed logins") ? 0 : 1;
        }
        pool.shutdown();

        assertThat(checked).isEqualTo(5);
    }

    @Test
    void aWrongBasicHeaderBesideASessionDoesNotSkipTheCsrfCheck() {
        String name = uniqueName();
        portal.createUser(name, "session owner");
        PortalClient.Session browser = portal.session();
        browser.logIn(name, "session owner");
        String wrong = "Basic " + java.util.Base64.getEncoder().encodeToString((name + ":not the password").getBytes());

        HttpResponse<String> forged = browser.postWithHeader("/saved", "name=Forged&query=q%3Dvietnam", wrong);

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(portal.get("/api/saved-queries", name, "session owner").body()).doesNotContain("Forged");
    }

    @Test
    void aLoginLongerThanBcryptReadsDoesNotMatchThePasswordItBeginsWith() {
        String name = uniqueName();
        String password = "p".repeat(72);
        portal.createUser(name, password);

        assertThat(portal.get("/api/saved-queries", name, password).statusCode()).isEqualTo(200);
        assertThat(portal.get("/api/saved-queries", name, password + "x").statusCode()).isEqualTo(401);
    }

    @Test
    void aCommonPasswordIsRefusedWithWhatToDo() {
        HttpResponse<String> common = portal.postJson("/admin/users",
                "{\"username\":\"" + uniqueName() + "\",\"password\":\"iloveyou1\"}", ADMIN, ADMIN_PASSWORD);

        assertThat(common.statusCode()).isEqualTo(400);
        assertThat(PortalClient.json(common).get("message").asString()).contains("most common");
    }

    static String uniqueName() {
        return "user" + System.nanoTime() % 1_000_000 + "-" + NAMES.incrementAndGet();
    }
}
