package dev.newsdesk.benchmark;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The one HTTP client setup every benchmark target is measured with, so targets differ only in the server. */
public final class Http {

    private Http() {
    }

    /** HTTP/1.1 with keep-alive, as browsers and Elasticsearch clients talk to these servers on loopback. */
    public static HttpClient client() {
        return builder().build();
    }

    /** The same, keeping cookies as one person's browser does (a session once the portal starts one). */
    public static HttpClient client(CookieHandler cookies) {
        return builder().cookieHandler(cookies).build();
    }

    private static HttpClient.Builder builder() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5));
    }

    public static <T> HttpResponse<T> send(HttpClient http, HttpRequest request, HttpResponse.BodyHandler<T> handler) throws IOException {
        try {
            return http.send(request, handler);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for " + request.uri(), e);
        }
    }
}
