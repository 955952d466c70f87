package dev.newsdesk.reindex;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import dev.newsdesk.security.PortalClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The admin API as a script calls it: plain HTTP, HTTP Basic credentials (or none), JSON. */
final class AdminHttp {

    static final String ADMIN = PortalClient.ADMIN + ":" + PortalClient.ADMIN_PASSWORD;
    /** A signed-in user without the ADMIN role; tests add it to the app's accounts. */
    static final String READER = "reader:reader-password";

    private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final URI base;

    AdminHttp(int port) {
        this.base = URI.create("http://localhost:" + port);
    }

    URI base() {
        return base;
    }

    HttpResponse<String> get(String path, String credentials) {
        return send(request(path, credentials).GET());
    }

    /** GET as a browser asks: a page preferred. */
    HttpResponse<String> getPage(String path, String credentials) {
        return send(request(path, credentials).header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").GET());
    }

    /** POST with a JSON body (or none when {@code json} is null), and any extra headers as name, value, ... */
    HttpResponse<String> post(String path, String json, String credentials, String... headers) {
        HttpRequest.Builder request = request(path, credentials);
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        if (json == null) {
            return send(request.POST(HttpRequest.BodyPublishers.noBody()));
        }
        return send(request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** Starts a job as an admin and returns its id. */
    String start(String source) {
        HttpResponse<String> response = post("/admin/reindex", "{\"source\": \"" + source + "\"}", ADMIN);
        if (response.statusCode() != 202) {
            throw new AssertionError("starting a " + source + " reindex answered " + response.statusCode() + ": " + response.body());
        }
        return json(response).get("id").asString();
    }

    /** The job's status as the API answers it. */
    JsonNode job(String id) {
        return json(get("/admin/reindex/" + id, ADMIN));
    }

    static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    private HttpRequest.Builder request(String path, String credentials) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofMinutes(1));
        if (credentials != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return request;
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
