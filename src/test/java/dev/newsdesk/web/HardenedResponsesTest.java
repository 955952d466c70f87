package dev.newsdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import dev.newsdesk.NewsdeskTest;
import dev.newsdesk.search.TestArticles;
import dev.newsdesk.security.PortalClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What the portal answers to callers who probe it: health, charsets, unreadable addresses, headers and caching. */
@NewsdeskTest
class HardenedResponsesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,*/*;q=0.8";
    /** The footer's and every title's separator: a character that is two bytes in UTF-8 and one or none elsewhere. */
    private static final String MIDDLE_DOT = "·";

    @LocalServerPort
    int port;
    @Autowired
    ElasticsearchClient client;

    @Test
    void anonymousHealthShowsTheStatusOnly() throws Exception {
        JsonNode health = json(get("/actuator/health", "application/json"));
        JsonNode readiness = json(get("/actuator/health/readiness", "application/json"));

        assertThat(health.get("status").asString()).isNotBlank();
        assertThat(health.has("components")).as("components shown to anonymous callers").isFalse();
        assertThat(health.toString()).doesNotContain("http://", "127.0.0.1", "cluster");
        assertThat(readiness.get("status").asString()).isNotBlank();
        assertThat(readiness.has("components")).isFalse();
    }

    @Test
    void adminsSeeHealthDetails() throws Exception {
        HttpResponse<byte[]> response = send(request("/actuator/health").header("Authorization", PortalClient.basic(PortalClient.ADMIN, PortalClient.ADMIN_PASSWORD)));

        JsonNode elasticsearch = json(response).path("components").path("elasticsearch");
        assertThat(elasticsearch.path("details").path("mode").asString()).isEqualTo("external");
        assertThat(elasticsearch.path("details").has("cluster")).as(elasticsearch.toString()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ISO-2022-JP", "UTF-16", "US-ASCII"})
    void pagesAreUtf8WhateverCharsetIsAskedFor(String charset) throws Exception {
        HttpResponse<byte[]> page = get("/login", "text/html;charset=" + charset);
        HttpResponse<byte[]> missing = get("/no-such-page", "text/html;charset=" + charset);

        assertThat(page.statusCode()).isEqualTo(200);
        assertUtf8(page, "text/html");
        assertThat(text(page)).contains("Log in " + MIDDLE_DOT + " Newsdesk");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertUtf8(missing, "text/html");
        assertThat(text(missing)).contains("Page not found " + MIDDLE_DOT + " Newsdesk");
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-16", "ISO-8859-1"})
    void jsonIsUtf8WhateverCharsetIsAskedFor(String charset) throws Exception {
        TestArticles.ensureIndexed(client);
        HttpResponse<byte[]> results = get("/api/search?q=blinken", "application/json;charset=" + charset);
        HttpResponse<byte[]> problem = get("/api/search?q=%C3%28", "application/json;charset=" + charset);

        assertThat(results.statusCode()).isEqualTo(200);
        assertUtf8(results, "application/json");
        assertThat(json(results).get("total").asInt()).isPositive();
        assertThat(problem.statusCode()).isEqualTo(400);
        assertUtf8(problem, "application/json");
        assertThat(json(problem).get("message").asString()).contains("é is written %C3%A9");
    }

    @Test
    void anOverlongAddressGetsTheAppsOwn400() throws Exception {
        String address = "/search?q=" + "a".repeat(30_000);

        assertRefusedPage(get(address, BROWSER_ACCEPT), "The address is too long: 30,010 characters, at most 16,384.");
        assertRefusedJson(get("/api" + address, "application/json"), "The address is too long");
    }

    @Test
    void moreThanAThousandParametersGetTheAppsOwn400() throws Exception {
        String query = IntStream.rangeClosed(1, 1_001).mapToObj(i -> "p" + i + "=1").collect(Collectors.joining("&"));

        assertRefusedPage(get("/search?" + query, BROWSER_ACCEPT), "Too many parameters: 1,001, at most 1,000.");
        assertRefusedJson(get("/api/search?" + query, "application/json"), "Too many parameters: 1,001, at most 1,000.");
    }

    @Test
    void twoThousandValuesOfOneFacetGetTheAppsOwn400() throws Exception {
        String query = IntStream.range(0, 2_000).mapToObj(i -> "person=p" + i).collect(Collectors.joining("&"));

        String message = "Too many parameters: 2,000 ('person' is given 2,000 times), at most 1,000.";
        assertRefusedPage(get("/search?" + query, BROWSER_ACCEPT), message);
        assertRefusedJson(get("/api/search?" + query, "application/json"), message);
    }

    @Test
    void invalidPercentEncodingGetsTheAppsOwn400() throws Exception {
        String message = "The address is not valid: 'q=%C3%28' is not percent-encoded UTF-8 text";

        assertRefusedPage(get("/search?q=%C3%28", BROWSER_ACCEPT), message);
        assertRefusedJson(get("/api/search?q=%C3%28", "application/json"), message);
    }

    @Test
    void aLonePercentSignGetsTheAppsOwn400() throws Exception {
        // java.net.URI refuses this address, so it goes over a plain socket.
        String response = rawGet("/search?q=100%");

        assertThat(response).startsWith("HTTP/1.1 400 ").containsIgnoringCase("Referrer-Policy: same-origin");
        assertThat(Jsoup.parse(response.substring(response.indexOf("\r\n\r\n"))).select(".problem-message").text())
                .contains("The address is not valid: 'q=100%' is not percent-encoded UTF-8 text");
    }

    @Test
    void everyKindOfAnswerCarriesTheReferrerAndPermissionsPolicies() throws Exception {
        for (String path : new String[] {"/login", "/api/search?size=0", "/no-such-page", "/css/newsdesk.css", "/favicon.svg"}) {
            HttpResponse<byte[]> response = get(path, BROWSER_ACCEPT);
            assertThat(response.headers().firstValue("Referrer-Policy")).as(path).contains("same-origin");
            assertThat(response.headers().firstValue("Permissions-Policy")).as(path).hasValueSatisfying(policy ->
                    assertThat(policy).contains("camera=()", "microphone=()", "geolocation=()", "payment=()"));
        }
    }

    @Test
    void pagesLinkFingerprintedStaticFilesCachedForAYear() throws Exception {
        HttpResponse<byte[]> page = get("/login", BROWSER_ACCEPT);
        Document document = Jsoup.parse(text(page));
        String stylesheet = document.select("link[rel=stylesheet]").attr("href");
        String script = document.select("script[src]").attr("src");
        String icon = document.select("link[rel=icon]").attr("href");

        assertThat(stylesheet).matches("/css/newsdesk-[0-9a-f]{32}\\.css");
        assertThat(script).matches("/js/suggest-[0-9a-f]{32}\\.js");
        assertThat(icon).matches("/favicon-[0-9a-f]{32}\\.svg");
        for (String file : new String[] {stylesheet, script, icon}) {
            HttpResponse<byte[]> response = get(file, "*/*");
            assertThat(response.statusCode()).as(file).isEqualTo(200);
            assertThat(response.headers().firstValue("Cache-Control")).as(file).hasValueSatisfying(cache ->
                    assertThat(cache).contains("max-age=31536000").doesNotContain("no-store", "no-cache"));
        }
        assertThat(page.headers().firstValue("Cache-Control")).hasValueSatisfying(cache -> assertThat(cache).contains("no-store"));
    }

    @Test
    void theStylesheetLinksItsImageByItsFingerprintedName() throws Exception {
        String stylesheet = Jsoup.parse(text(get("/login", BROWSER_ACCEPT))).select("link[rel=stylesheet]").attr("href");

        String css = text(get(stylesheet, "text/css"));

        assertThat(css).containsPattern("url\\(/img/exclude-[0-9a-f]{32}\\.svg\\)").doesNotContain("url(/img/exclude.svg)");
    }

    @Test
    void theAdminPageLinksItsFingerprintedScript() throws Exception {
        HttpResponse<byte[]> page = send(request("/admin").header("Accept", BROWSER_ACCEPT)
                .header("Authorization", PortalClient.basic(PortalClient.ADMIN, PortalClient.ADMIN_PASSWORD)));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(text(page)).select("script[src]").eachAttr("src"))
                .anySatisfy(src -> assertThat(src).matches("/js/admin-[0-9a-f]{32}\\.js"));
    }

    private static void assertRefusedPage(HttpResponse<byte[]> response, String message) {
        assertThat(response.statusCode()).isEqualTo(400);
        assertUtf8(response, "text/html");
        Document page = Jsoup.parse(text(response));
        assertThat(page.select(".problem-message").text()).contains(message);
        assertThat(page.select("h1").text()).isEqualTo("That address cannot be read");
        assertSecurityHeaders(response);
    }

    private static void assertRefusedJson(HttpResponse<byte[]> response, String message) {
        assertThat(response.statusCode()).isEqualTo(400);
        assertUtf8(response, "application/json");
        JsonNode problem = json(response);
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("message").asString()).contains(message);
        assertSecurityHeaders(response);
    }

    private static void assertSecurityHeaders(HttpResponse<byte[]> response) {
        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'self'"));
        assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(response.headers().firstValue("Referrer-Policy")).contains("same-origin");
        assertThat(response.headers().firstValue("Permissions-Policy")).isPresent();
    }

    /** The declared type, with UTF-8 (or, for JSON, no charset: UTF-8 by definition), and a body that is valid UTF-8. */
    private static void assertUtf8(HttpResponse<byte[]> response, String type) {
        String contentType = response.headers().firstValue("Content-Type").orElse("").toLowerCase();
        assertThat(contentType).startsWith(type);
        if (type.equals("application/json")) {
            assertThat(contentType).matches("application/json(;\\s*charset=utf-8)?");
        } else {
            assertThat(contentType).contains("charset=utf-8");
        }
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(response.body()));
        } catch (CharacterCodingException e) {
            throw new AssertionError("the body is not UTF-8: " + e);
        }
        assertThat(response.body()[0]).as("first byte (no UTF-16 or other encoding)").isIn((byte) '<', (byte) '{');
    }

    /** The whole answer, head and body, to an HTTP/1.0 request (so the body comes whole, not in chunks). */
    private String rawGet(String pathAndQuery) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.getOutputStream().write(("GET " + pathAndQuery + " HTTP/1.0\r\nHost: localhost\r\nAccept: " + BROWSER_ACCEPT
                    + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private HttpResponse<byte[]> get(String pathAndQuery, String accept) throws IOException, InterruptedException {
        return send(request(pathAndQuery).header("Accept", accept));
    }

    private HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(new PortalClient(port).uri(pathAndQuery)).GET();
    }

    /** Bytes, not text, so that a body in another charset is caught. */
    private HttpResponse<byte[]> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return new PortalClient(port).send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    private static JsonNode json(HttpResponse<byte[]> response) {
        return JSON.readTree(text(response));
    }
}
