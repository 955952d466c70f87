package dev.newsdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.newsdesk.NewsdeskTest;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;

/** Single sign-on against a real OpenID Connect server (mock-oauth2-server) started for the test. */
@NewsdeskTest
class SingleSignOnTest {

    private static final MockOAuth2Server PROVIDER = new MockOAuth2Server();

    static {
        PROVIDER.start();
    }

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        String registration = "spring.security.oauth2.client.registration.newsroom.";
        registry.add(registration + "client-id", () -> "newsdesk");
        registry.add(registration + "client-secret", () -> "newsdesk-secret");
        registry.add(registration + "client-name", () -> "Newsroom SSO");
        registry.add(registration + "scope", () -> "openid,profile");
        registry.add("spring.security.oauth2.client.provider.newsroom.issuer-uri", () -> PROVIDER.issuerUrl("newsroom").toString());
    }

    @AfterAll
    static void stopProvider() {
        PROVIDER.shutdown();
    }

    @Test
    void theLoginPageOffersTheProvider() throws Exception {
        String page = new PortalClient(port).get("/login").body();

        assertThat(page).contains("Sign in with Newsroom SSO").contains("href=\"/oauth2/authorization/newsroom\"");
    }

    @Test
    void signingInWithTheProviderGivesTheUserRole() throws Exception {
        SignedInBrowser browser = new SignedInBrowser();

        HttpResponse<String> landed = browser.follow(uri("/oauth2/authorization/newsroom"));

        assertThat(landed.statusCode()).isEqualTo(200);
        assertThat(landed.uri().getPath()).isNotEqualTo("/login");
        assertThat(browser.follow(uri("/api/saved-queries")).statusCode()).isEqualTo(200);
        assertThat(browser.follow(uri("/admin/users")).statusCode()).isEqualTo(403);
    }

    @Test
    void aProviderUserNamedLikeALocalAccountDoesNotSeeItsSavedSearches() throws Exception {
        PortalClient portal = new PortalClient(port);
        String name = "twin" + System.nanoTime() % 1_000_000;
        portal.createUser(name, "local password");
        assertThat(portal.postJson("/api/saved-queries", "{\"name\":\"Local only\",\"query\":\"q=vietnam\"}", name, "local password")
                .statusCode()).isEqualTo(201);
        PROVIDER.enqueueCallback(new DefaultOAuth2TokenCallback("newsroom", name));
        SignedInBrowser browser = new SignedInBrowser();

        browser.follow(uri("/oauth2/authorization/newsroom"));
        HttpResponse<String> theirs = browser.follow(uri("/api/saved-queries"));

        assertThat(theirs.statusCode()).isEqualTo(200);
        assertThat(theirs.body()).isEqualTo("[]");
    }

    /** Follows redirects through the provider and back, sending the portal's session cookie to the portal only. */
    private final class SignedInBrowser {

        private final HttpClient client = HttpClient.newHttpClient();
        private String session;

        HttpResponse<String> follow(URI start) throws IOException, InterruptedException {
            URI next = start;
            for (int hop = 0; hop < 10; hop++) {
                HttpRequest.Builder request = HttpRequest.newBuilder(next).header("Accept", "application/json");
                boolean portal = next.getPort() == port;
                if (portal && session != null) {
                    request.header("Cookie", "JSESSIONID=" + session);
                }
                HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
                if (portal) {
                    response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                            .forEach(c -> session = c.substring("JSESSIONID=".length(), c.indexOf(';')));
                }
                if (response.statusCode() / 100 != 3) {
                    return response;
                }
                next = next.resolve(response.headers().firstValue("Location").orElseThrow());
            }
            throw new AssertionError("more than 10 redirects from " + start);
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
