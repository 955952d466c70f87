package dev.newsdesk.sources.fetch;

import static dev.newsdesk.sources.fetch.LoopbackServer.redirect;
import static dev.newsdesk.sources.fetch.LoopbackServer.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PageFetcherTest {

    private static final long MEGABYTE = 1024 * 1024;

    private final LoopbackServer server = LoopbackServer.start();
    private final TestSettings settings = TestSettings.loopback();

    @AfterEach
    void stopServer() {
        server.close();
    }

    private Fetched fetch(String path) throws IOException {
        return settings.fetcher().fetch(FetchRequest.of(server.url(path)));
    }

    @Test
    void answersA200WithItsBodyEtagAndContentType() throws IOException {
        server.route("/feed.xml", text(200, "<rss/>", "ETag", "\"v1\"", "Content-Type", "application/rss+xml",
                "Last-Modified", "Tue, 03 Jun 2025 10:00:00 GMT"));

        Fetched fetched = fetch("/feed.xml");

        assertThat(fetched.ok()).isTrue();
        assertThat(fetched.status()).isEqualTo(200);
        assertThat(new String(fetched.body(), StandardCharsets.UTF_8)).isEqualTo("<rss/>");
        assertThat(fetched.etag()).isEqualTo("\"v1\"");
        assertThat(fetched.lastModified()).isEqualTo("Tue, 03 Jun 2025 10:00:00 GMT");
        assertThat(fetched.contentType()).isEqualTo("application/rss+xml");
        assertThat(fetched.finalUrl()).isEqualTo(server.url("/feed.xml"));
        assertThat(fetched.redirects()).isEmpty();
    }

    @Test
    void sendsTheEtagAsAConditionAndReportsAnUnchangedPageAsNotModified() throws IOException {
        server.route("/feed.xml", exchange -> {
            boolean unchanged = "\"v1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"));
            LoopbackServer.respond(exchange, unchanged ? 304 : 200, "<rss>new</rss>");
        });

        Fetched fetched = settings.fetcher().fetch(new FetchRequest(server.url("/feed.xml"), "\"v1\"", "Tue, 03 Jun 2025 10:00:00 GMT"));

        assertThat(fetched.notModified()).isTrue();
        assertThat(fetched.ok()).isFalse();
        assertThat(fetched.body()).isEmpty();
        assertThat(server.lastRequestHeaders("/feed.xml").getFirst("If-Modified-Since")).isEqualTo("Tue, 03 Jun 2025 10:00:00 GMT");
    }

    @Test
    void sendsNoConditionsForAnUnconditionalFetch() throws IOException {
        server.route("/feed.xml", text(200, "<rss/>"));

        fetch("/feed.xml");

        assertThat(server.lastRequestHeaders("/feed.xml")).doesNotContainKeys("If-none-match", "If-modified-since");
    }

    @Test
    void asksForGzipAndDecodesAGzipEncodedBody() throws IOException {
        server.route("/page.html", exchange -> {
            byte[] gzipped = gzip("<html>Front page</html>".getBytes(StandardCharsets.UTF_8));
            exchange.getResponseHeaders().add("Content-Encoding", "gzip");
            exchange.sendResponseHeaders(200, gzipped.length);
            exchange.getResponseBody().write(gzipped);
        });

        Fetched fetched = fetch("/page.html");

        assertThat(server.lastRequestHeaders("/page.html").getFirst("Accept-Encoding")).isEqualTo("gzip");
        assertThat(new String(fetched.body(), StandardCharsets.UTF_8)).isEqualTo("<html>Front page</html>");
    }

    @Test
    void reportsA404AndA500AsStatusesNotExceptions() throws IOException {
        server.route("/gone", text(404, "not here")).route("/broken", text(500, "oops"));

        assertThat(fetch("/gone").status()).isEqualTo(404);
        assertThat(fetch("/broken").status()).isEqualTo(500);
        assertThat(fetch("/broken").ok()).isFalse();
    }

    @Test
    void followsARelativeRedirectAndRecordsIt() throws IOException {
        server.route("/old", redirect(301, "/new")).route("/new", text(200, "moved here"));

        Fetched fetched = fetch("/old");

        assertThat(fetched.requested()).isEqualTo(server.url("/old"));
        assertThat(fetched.finalUrl()).isEqualTo(server.url("/new"));
        assertThat(fetched.redirects()).containsExactly(server.url("/new"));
        assertThat(new String(fetched.body(), StandardCharsets.UTF_8)).isEqualTo("moved here");
    }

    @Test
    void refusesARedirectLoopAfterFiveHops() {
        server.route("/a", redirect(302, "/b")).route("/b", redirect(302, "/a"));

        FetchRefused refused = catchThrowableOfType(FetchRefused.class, () -> fetch("/a"));

        assertThat(refused).hasMessageContaining("it redirected more than 5 times");
        assertThat(server.requests("/a") + server.requests("/b")).isEqualTo(6);
    }

    @Test
    void stopsWaitingForAServerThatAcceptsButNeverAnswersAtTheTotalTimeout() {
        settings.readTimeout = Duration.ofSeconds(30);
        settings.totalTimeout = Duration.ofSeconds(1);
        server.route("/silent", exchange -> sleep(Duration.ofSeconds(30)));

        long start = System.nanoTime();
        FetchRefused refused = catchThrowableOfType(FetchRefused.class, () -> fetch("/silent"));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
        assertThat(refused).hasMessageContaining("it did not answer within 1 s");
        assertThat(refused.lasting()).isFalse();
    }

    @Test
    void stopsReadingABodyThatTricklesAtTheTotalTimeout() {
        settings.totalTimeout = Duration.ofSeconds(1);
        server.route("/trickle", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            for (int i = 0; i < 300; i++) {
                out.write('x');
                out.flush();
                sleep(Duration.ofMillis(100));
            }
        });

        long start = System.nanoTime();
        FetchRefused refused = catchThrowableOfType(FetchRefused.class, () -> fetch("/trickle"));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
        assertThat(refused).hasMessageContaining("it did not answer within 1 s");
    }

    @Test
    void refusesAGzipBombAtTheBoundCountedAfterDecompression() {
        AtomicLong zerosSent = new AtomicLong();
        CountDownLatch done = new CountDownLatch(1);
        server.route("/bomb", exchange -> {
            exchange.getResponseHeaders().add("Content-Encoding", "gzip");
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = new GZIPOutputStream(exchange.getResponseBody())) {
                streamZeros(out, 200 * MEGABYTE, zerosSent);
            } finally {
                done.countDown();
            }
        });

        FetchRefused refused = catchThrowableOfType(FetchRefused.class, () -> fetch("/bomb"));

        assertThat(refused).hasMessageContaining("it sent more than 1 MB");
        assertThat(refused.lasting()).isTrue();
        awaitQuietly(done);
        assertThat(zerosSent.get()).isLessThan(200 * MEGABYTE);
    }

    @Test
    void refusesAStreamedBodyLargerThanTheBoundWithoutReadingItAll() {
        AtomicLong sent = new AtomicLong();
        CountDownLatch done = new CountDownLatch(1);
        server.route("/huge", exchange -> {
            exchange.sendResponseHeaders(200, 0); // chunked: the size is not declared
            try (OutputStream out = exchange.getResponseBody()) {
                streamZeros(out, 100 * MEGABYTE, sent);
            } finally {
                done.countDown();
            }
        });

        FetchRefused refused = catchThrowableOfType(FetchRefused.class, () -> fetch("/huge"));

        assertThat(refused).hasMessageContaining("it sent more than 1 MB");
        awaitQuietly(done);
        assertThat(sent.get()).isLessThan(100 * MEGABYTE);
    }

    @Test
    void refusesADeclaredLengthLargerThanTheBoundBeforeReadingTheBody() {
        server.route("/declared", exchange -> {
            exchange.sendResponseHeaders(200, 100 * MEGABYTE);
            exchange.getResponseBody().write(new byte[1024]); // the rest never comes
        });

        assertThatThrownBy(() -> fetch("/declared")).isInstanceOf(FetchRefused.class).hasMessageContaining("it sent more than 1 MB");
    }

    @Test
    void refusesALoopbackAddressUnlessPrivateAddressesAreAllowed() {
        settings.allowPrivateAddresses = false;
        server.route("/admin", text(200, "secret"));

        FetchRefused refused = catchThrowableOfType(FetchRefused.class, () -> fetch("/admin"));

        assertThat(refused).hasMessageContaining("it resolves to 127.0.0.1, a loopback address")
                .hasMessageContaining("newsdesk.sources.allow-private-addresses");
        assertThat(refused.lasting()).isTrue();
        assertThat(server.requests("/admin")).isZero();
    }

    @Test
    void checksEveryRedirectHopAgainstTheAllowedAddresses() throws IOException {
        settings.allowPrivateAddresses = false;
        settings.allowedAddresses = List.of("127.0.0.2/32");
        server.route("/secret", text(200, "metadata"));
        try (LoopbackServer intranet = LoopbackServer.startOn("127.0.0.2")) {
            intranet.route("/news", text(200, "intranet news")).route("/away", redirect(302, server.url("/secret").toString()));
            assertThat(settings.fetcher().fetch(FetchRequest.of(intranet.url("/news"))).ok()).isTrue();

            FetchRefused refused = catchThrowableOfType(FetchRefused.class,
                    () -> settings.fetcher().fetch(FetchRequest.of(intranet.url("/away"))));

            assertThat(refused).hasMessageContaining("it resolves to 127.0.0.1, a loopback address");
            assertThat(intranet.requests("/away")).isEqualTo(1);
            assertThat(server.requests("/secret")).isZero();
        }
    }

    @Test
    void refusesAClusterNodeEvenWithPrivateAddressesAllowed() {
        server.route("/_cat/indices", text(200, "articles"));
        FetchProperties properties = settings.properties();
        PageFetcher fetcher = new PageFetcher(properties,
                new AddressGuard(properties, List.of(InetSocketAddress.createUnresolved("localhost", server.port()))));

        assertThatThrownBy(() -> fetcher.fetch(FetchRequest.of(server.url("/_cat/indices"))))
                .isInstanceOf(FetchRefused.class).hasMessageContaining("it is one of the cluster's own Elasticsearch nodes");
        assertThat(server.requests("/_cat/indices")).isZero();
    }

    @Test
    void refusesAUrlThatIsNotHttp() {
        FetchRefused refused = catchThrowableOfType(FetchRefused.class,
                () -> settings.fetcher().fetch(FetchRequest.of(URI.create("file:///etc/passwd"))));

        assertThat(refused).hasMessageContaining("it is not an http or https URL");
        assertThat(refused.lasting()).isTrue();
    }

    @Test
    void reportsAClosedPortAsAPassingFailure() {
        URI closed = server.url("/feed.xml");
        server.close();

        FetchRefused refused = catchThrowableOfType(FetchRefused.class, () -> settings.fetcher().fetch(FetchRequest.of(closed)));

        assertThat(refused).isNotNull();
        assertThat(refused.lasting()).isFalse();
    }

    @Test
    void sendsAUserAgentNamingNewsdeskAndTheContactUrlAndAnAcceptForFeeds() throws IOException {
        settings.contactUrl = "https://news.example.org/crawler";
        server.route("/feed.xml", text(200, "<rss/>"));

        Fetched fetched = fetch("/feed.xml");

        String userAgent = server.lastRequestHeaders("/feed.xml").getFirst("User-Agent");
        assertThat(userAgent).startsWith("Newsdesk/").contains("https://news.example.org/crawler");
        assertThat(server.lastRequestHeaders("/feed.xml").getFirst("Accept")).contains("application/rss+xml", "text/html");
        assertThat(fetched.requestHeaders()).containsEntry("User-Agent", List.of(userAgent))
                .containsEntry("Host", List.of("127.0.0.1:" + server.port()));
    }

    @Test
    void recordsTheResponseHeadersAndReadsRetryAfter() throws IOException {
        server.route("/busy", text(503, "later", "Retry-After", "120", "X-Served-By", "cache-7"));

        Fetched fetched = fetch("/busy");

        assertThat(fetched.status()).isEqualTo(503);
        assertThat(fetched.retryAfter()).isEqualTo(Duration.ofSeconds(120));
        assertThat(fetched.responseHeaders().get("X-served-by")).containsExactly("cache-7");
    }

    @Test
    void rethrowsAnInterruptionAsInterruptedIoExceptionAndKeepsTheFlag() {
        server.route("/silent", exchange -> sleep(Duration.ofSeconds(30)));
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> fetch("/silent")).isInstanceOf(InterruptedIOException.class);
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }

    private static void streamZeros(OutputStream out, long bytes, AtomicLong sent) throws IOException {
        byte[] zeros = new byte[64 * 1024];
        while (sent.get() < bytes) {
            out.write(zeros);
            sent.addAndGet(zeros.length);
        }
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        }
        return out.toByteArray();
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
