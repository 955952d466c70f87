package dev.newsdesk.sources.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Fetches one page for the crawler: only from addresses the {@link AddressGuard} lets through (on every redirect hop),
 * within the configured time and size, with conditional requests, and with the exchange recorded for the archive.
 * Politeness (per-host delays, robots.txt) is the caller's, with {@link HostPoliteness} and {@link RobotsRules}.
 */
public class PageFetcher {

    static final String ACCEPT = "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9,"
            + " text/html;q=0.8, application/xhtml+xml;q=0.8, text/plain;q=0.5, */*;q=0.1";
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
    /** Cuts off bodies that outlast the total timeout: one daemon thread for all fetches. */
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "newsdesk-fetch-watchdog");
        thread.setDaemon(true);
        return thread;
    });

    private final FetchProperties properties;
    private final AddressGuard guard;
    private final HttpClient client;
    private final String userAgent;

    public PageFetcher(FetchProperties properties, AddressGuard guard) {
        this.properties = properties;
        this.guard = guard;
        this.userAgent = UserAgent.of(properties);
        // HTTP/1.1: what the archive records, and what every news site speaks
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(properties.connectTimeout())
                .build();
    }

    /**
     * Fetches the page, following redirects. Any HTTP status is an answer (404 and 500 too); a refusal, a timeout or a
     * failed connection is a {@link FetchRefused}.
     */
    public Fetched fetch(FetchRequest request) throws IOException {
        long deadline = System.nanoTime() + properties.totalTimeout().toNanos();
        List<URI> redirects = new ArrayList<>();
        URI url = request.url();
        while (true) {
            guard.check(url);
            Exchange exchange = send(url, request, deadline);
            HttpResponse<InputStream> response = exchange.response();
            URI location = REDIRECTS.contains(response.statusCode()) ? location(url, response) : null;
            if (location == null) {
                return answer(request, url, exchange, redirects, deadline);
            }
            response.body().close(); // a redirect's body is not wanted
            if (redirects.size() >= properties.maxRedirects()) {
                throw new FetchRefused(request.url(), "it redirected more than " + properties.maxRedirects() + " times", true);
            }
            redirects.add(location);
            url = location;
        }
    }

    private record Exchange(HttpResponse<InputStream> response, Instant sentAt, Map<String, List<String>> requestHeaders) {
    }

    private Exchange send(URI url, FetchRequest request, long deadline) throws IOException {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("Host", List.of(hostHeader(url)));
        headers.put("User-Agent", List.of(userAgent));
        headers.put("Accept", List.of(ACCEPT));
        headers.put("Accept-Encoding", List.of("gzip"));
        // sent on every hop: a feed that moved answers 304 at its new address for the etag it gave there
        if (request.etag() != null) {
            headers.put("If-None-Match", List.of(request.etag()));
        }
        if (request.lastModified() != null) {
            headers.put("If-Modified-Since", List.of(request.lastModified()));
        }
        long remaining = remaining(request.url(), deadline);
        HttpRequest.Builder builder;
        try {
            builder = HttpRequest.newBuilder(withoutFragment(url)).GET()
                    .timeout(min(properties.readTimeout(), Duration.ofNanos(remaining)));
        } catch (IllegalArgumentException e) {
            throw new FetchRefused(url, "it is not a URL that can be fetched (" + e.getMessage() + ")", true, e);
        }
        headers.forEach((name, values) -> {
            if (!name.equals("Host")) {
                values.forEach(value -> builder.header(name, value));
            }
        });
        Instant sentAt = Instant.now();
        CompletableFuture<HttpResponse<InputStream>> future = client.sendAsync(builder.build(), HttpResponse.BodyHandlers.ofInputStream());
        try {
            return new Exchange(future.get(remaining, TimeUnit.NANOSECONDS), sentAt, Collections.unmodifiableMap(headers));
        } catch (TimeoutException e) {
            future.cancel(true);
            throw tooSlow(request.url(), properties.totalTimeout(), e);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            InterruptedIOException interrupted = new InterruptedIOException("interrupted while fetching " + url);
            interrupted.initCause(e);
            throw interrupted;
        } catch (ExecutionException e) {
            throw failed(url, request.url(), e.getCause());
        }
    }

    private Fetched answer(FetchRequest request, URI url, Exchange exchange, List<URI> redirects, long deadline) throws IOException {
        HttpResponse<InputStream> response = exchange.response();
        String encoding = response.headers().firstValue("Content-Encoding").orElse(null);
        long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
        InputStream body = response.body();
        if (encoding == null && declared > properties.maxResponseBytes()) {
            body.close();
            throw tooLarge(request.url());
        }
        AtomicBoolean cutOff = new AtomicBoolean();
        ScheduledFuture<?> watchdog = WATCHDOG.schedule(() -> {
            cutOff.set(true);
            closeQuietly(body);
        }, remaining(request.url(), deadline), TimeUnit.NANOSECONDS);
        byte[] bytes;
        try {
            bytes = BodyReader.read(body, encoding, properties.maxResponseBytes());
        } catch (IOException e) {
            if (Thread.currentThread().isInterrupted()) {
                InterruptedIOException interrupted = new InterruptedIOException("interrupted while fetching " + url);
                interrupted.initCause(e);
                throw interrupted;
            }
            if (cutOff.get()) {
                throw tooSlow(request.url(), properties.totalTimeout(), e);
            }
            throw e;
        } finally {
            watchdog.cancel(false);
            closeQuietly(body);
        }
        if (bytes == null) {
            throw tooLarge(request.url());
        }
        var headers = response.headers();
        return new Fetched(request.url(), url, response.statusCode(), headers.firstValue("Content-Type").orElse(null),
                headers.firstValue("ETag").orElse(null), headers.firstValue("Last-Modified").orElse(null),
                RetryAfter.parse(headers.firstValue("Retry-After").orElse(null), Instant.now()), bytes, exchange.sentAt(),
                exchange.requestHeaders(), headers.map(), redirects);
    }

    private static URI location(URI from, HttpResponse<?> response) throws FetchRefused {
        String location = response.headers().firstValue("Location").orElse(null);
        if (location == null || location.isBlank()) {
            return null;
        }
        try {
            return from.resolve(URI.create(location.strip()));
        } catch (IllegalArgumentException e) {
            throw new FetchRefused(from, "it redirected to " + location.strip() + ", which is not a URL", true, e);
        }
    }

    private IOException failed(URI url, URI requested, Throwable cause) {
        if (cause instanceof HttpConnectTimeoutException) {
            return new FetchRefused(requested, url.getHost() + " did not accept a connection within "
                    + words(properties.connectTimeout()), false, cause);
        }
        if (cause instanceof HttpTimeoutException) {
            return tooSlow(requested, properties.readTimeout(), cause);
        }
        if (cause instanceof ConnectException) {
            return new FetchRefused(requested, url.getHost() + " could not be connected to", false, cause);
        }
        if (cause instanceof IOException io) {
            return io;
        }
        return new IOException("fetching " + url + " failed: " + cause, cause);
    }

    private long remaining(URI requested, long deadline) throws FetchRefused {
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
            throw tooSlow(requested, properties.totalTimeout(), null);
        }
        return remaining;
    }

    private static FetchRefused tooSlow(URI url, Duration timeout, Throwable cause) {
        return new FetchRefused(url, "it did not answer within " + words(timeout), false, cause);
    }

    private FetchRefused tooLarge(URI url) {
        return new FetchRefused(url, "it sent more than " + properties.maxResponseMegabytes() + " MB", true);
    }

    /** {@code 20 s}, or {@code 500 ms} for less than whole seconds. */
    static String words(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static String hostHeader(URI url) {
        String host = url.getHost();
        if (host.contains(":") && !host.startsWith("[")) {
            host = "[" + host + "]";
        }
        return url.getPort() < 0 || defaultPort(url) ? host : host + ":" + url.getPort();
    }

    private static boolean defaultPort(URI url) {
        return ("http".equalsIgnoreCase(url.getScheme()) && url.getPort() == 80)
                || ("https".equalsIgnoreCase(url.getScheme()) && url.getPort() == 443);
    }

    private static URI withoutFragment(URI url) {
        if (url.getRawFragment() == null) {
            return url;
        }
        String text = url.toString();
        return URI.create(text.substring(0, text.indexOf('#')));
    }

    private static void closeQuietly(InputStream body) {
        try {
            body.close();
        } catch (IOException e) {
            // the body is given up on either way
        }
    }
}
