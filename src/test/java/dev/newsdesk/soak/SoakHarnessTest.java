package dev.newsdesk.soak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import dev.newsdesk.NewsdeskTest;
import dev.newsdesk.benchmark.Latencies;
import dev.newsdesk.benchmark.Machine;
import dev.newsdesk.benchmark.SearchQuery;
import dev.newsdesk.search.TestArticles;
import dev.newsdesk.security.PortalClient;

/**
 * The soak's pieces, quickly, so the command does not rot: a few seconds of its request mix against the test portal,
 * the heap reading against a JVM of known size, and the goals and the report on made-up figures.
 */
@NewsdeskTest
class SoakHarnessTest {

    private static final long MEGABYTE = 1024 * 1024;

    @Autowired
    ElasticsearchClient client;
    @LocalServerPort
    int port;
    @TempDir
    Path temp;

    @Test
    void theMixReachesEveryKindOfRequestWithoutErrors() {
        TestArticles.ensureIndexed(client);
        PortalClient portal = new PortalClient(port);
        List<SearchQuery> queries = List.of(new SearchQuery(TestArticles.SPREAD_WORD, Map.of(), false),
                new SearchQuery(TestArticles.SPREAD_WORD, Map.of("outlet", List.of("Delta Times")), true));
        List<String> feeds = SavedSearches.create(portal, "soak-harness-", 1, 2, queries);
        RequestMix mix = new RequestMix(queries, feeds);
        RequestLog log = new RequestLog("soak");
        AtomicLong round = new AtomicLong();
        try {
            // Rounds of two seconds until every kind was asked for: the mix draws at random, so one round may miss the rarest.
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ZERO).untilAsserted(() -> {
                SoakLoad.run(URI.create("http://localhost:" + port), mix, 2, Duration.ofSeconds(2), round.getAndIncrement() * 10, log);
                assertThat(log.byKind()).allSatisfy(kind -> assertThat(kind.requests()).as(kind.label()).isPositive());
            });
        } finally {
            portal.delete("/admin/users/soak-harness-1", PortalClient.ADMIN, PortalClient.ADMIN_PASSWORD);
        }

        assertThat(log.firstErrors()).isEmpty();
        assertThat(log.byKind()).allSatisfy(kind -> assertThat(kind.latencies().count()).as(kind.label()).isEqualTo(kind.requests()));
        assertThat(log.overall().requests()).isEqualTo(log.byKind().stream().mapToLong(RequestLog.Totals::requests).sum());
    }

    @Test
    void anAnswerOtherThan2xxIsAnErrorKeptWithItsAddressAndLeftOutOfTheLatencies() {
        RequestLog log = new RequestLog("warm-up");
        PlannedRequest search = PlannedRequest.page(RequestKind.SEARCH_PAGE, "/search?q=harbour");

        log.answered(search, 20_000_000, 200);
        log.answered(search, 90_000_000, 503);
        log.failed(PlannedRequest.feed("/feeds/saved/abc"), "HttpTimeoutException: request timed out");

        assertThat(log.errors()).isEqualTo(2);
        assertThat(log.firstErrors()).containsExactly(
                new RequestLog.FailedRequest("warm-up", RequestKind.SEARCH_PAGE, "/search?q=harbour", "status 503"),
                new RequestLog.FailedRequest("warm-up", RequestKind.SAVED_SEARCH_FEED, "/feeds/saved/abc", "HttpTimeoutException: request timed out"));
        assertThat(log.byKind().get(0)).satisfies(searches -> {
            assertThat(searches.requests()).isEqualTo(2);
            assertThat(searches.latencies().count()).isEqualTo(1);
        });
    }

    @Test
    void readsTheHeapAnotherJvmKeepsAfterAFullGc() throws Exception {
        Path program = temp.resolve("Holder.java");
        Files.writeString(program, """
                public class Holder {
                    static byte[] kept;
                    public static void main(String[] arguments) throws Exception {
                        kept = new byte[64 << 20];
                        byte[] garbage = new byte[64 << 20];
                        garbage = null;
                        System.out.println("ready");
                        Thread.sleep(120_000);
                    }
                }
                """);
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xms400m", "-Xmx400m",
                program.toString()).redirectErrorStream(true).start();
        try {
            BufferedReader output = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertThat(output.readLine()).isEqualTo("ready");

            long bytes = HeapAfterGc.bytes(holder.pid());

            assertThat(bytes).as("64 MB kept, 64 MB let go, 400 MB committed").isBetween(64 * MEGABYTE, 100 * MEGABYTE);
        } finally {
            holder.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void aSingleErrorFailsTheErrorGoal() {
        assertThat(SoakGoals.errors(result(0, 0, steady(), 100, 100)).passed()).isTrue();
        assertThat(SoakGoals.errors(result(1, 0, steady(), 100, 100)).passed()).isFalse();
        assertThat(SoakGoals.errors(result(0, 1, steady(), 100, 100)).passed()).isFalse();
    }

    @Test
    void aTailBeyondThreeTimesTheMedianOfAllRequestsFailsTheTailGoal() {
        assertThat(SoakGoals.tail(result(0, 0, latencies(100, 300), 100, 100)).passed()).isTrue();

        SoakGoals.Verdict tail = SoakGoals.tail(result(0, 0, latencies(100, 301), 100, 100));

        assertThat(tail.passed()).isFalse();
        assertThat(tail.measured()).startsWith("all requests 3.01× (p99 301 ms, median 100 ms)");
    }

    @Test
    void aKindOverThreeTimesItsOwnMedianIsNamedWithoutFailingTheTailGoal() {
        SoakResult result = result(0, 0, latencies(100, 500), 100, 100);
        SoakResult steadyOverall = new SoakResult(result.machine(), result.duration(), result.clients(), result.warmupDuration(),
                result.warmup(), result.kinds(), new RequestLog.Totals("all", 6000, 0, steady()), result.firstErrors(), result.firstHeap(),
                result.lastHeap(), result.ingest(), 2000, 2600, "exited");

        SoakGoals.Verdict tail = SoakGoals.tail(steadyOverall);

        assertThat(tail.passed()).isTrue();
        assertThat(tail.measured()).contains("reported, not judged: search page 5.00× of its own median (p99 500 ms, median 100 ms)");
    }

    @Test
    void theHeapMayGrowBySixteenMegabytesOrTenPercentWhicheverIsMore() {
        assertThat(SoakGoals.heap(result(0, 0, steady(), 100, 116)).passed()).isTrue();
        assertThat(SoakGoals.heap(result(0, 0, steady(), 100, 117)).passed()).isFalse();
        assertThat(SoakGoals.heap(result(0, 0, steady(), 400, 440)).passed()).isTrue();
        assertThat(SoakGoals.heap(result(0, 0, steady(), 400, 441)).passed()).isFalse();
        assertThat(SoakGoals.heap(result(0, 0, steady(), 400, 300)).passed()).isTrue();
    }

    @Test
    void aHeapThatCouldNotBeReadFailsTheHeapGoal() {
        SoakResult measured = result(0, 0, steady(), 100, 100);
        SoakResult unread = new SoakResult(measured.machine(), measured.duration(), measured.clients(), measured.warmupDuration(),
                measured.warmup(), measured.kinds(), measured.overall(), measured.firstErrors(), measured.firstHeap(),
                HeapSample.failed(Duration.ofSeconds(570), "cannot attach"), measured.ingest(), 2000, 2500, "exited");

        assertThat(SoakGoals.heap(unread)).satisfies(verdict -> {
            assertThat(verdict.passed()).isFalse();
            assertThat(verdict.measured()).contains("cannot attach");
        });
    }

    @Test
    void theReportGivesEachGoalsVerdictAndMarksAShortRun() {
        SoakResult result = result(0, 0, latencies(100, 400), 100, 104);

        String markdown = new SoakReport(result, SoakGoals.judge(result)).render();

        assertThat(markdown).startsWith("# Soak").contains("**Short run**: 1.00 minutes with 4 clients", "## Goals", "## Requests",
                "## Heap", "## Errors", "None.", "| **all** | 6,000 | 0 |", "**FAIL**");
        assertThat(markdown.lines().filter(line -> line.endsWith("| PASS |"))).hasSize(2);
        assertThat(markdown.lines().filter(line -> line.endsWith("| FAIL |"))).singleElement().asString().startsWith("| p99 within 3× the median");
    }

    /** A made-up one-minute soak of 4 clients: 1,000 requests of each kind, the search pages and all requests with {@code searchLatencies}. */
    private static SoakResult result(long failedRequests, int failedIngests, Latencies searchLatencies, long firstHeapMegabytes,
                                     long lastHeapMegabytes) {
        List<RequestLog.Totals> kinds = Arrays.stream(RequestKind.values())
                .map(kind -> new RequestLog.Totals(kind.label(), 1000, kind == RequestKind.SEARCH_PAGE ? failedRequests : 0,
                        kind == RequestKind.SEARCH_PAGE ? searchLatencies : steady()))
                .toList();
        RequestLog.Totals overall = new RequestLog.Totals("all", 6000, failedRequests, searchLatencies);
        List<String> ingestFailures = failedIngests == 0 ? List.of() : List.of("ingest of articles 2000 to 2999 exited 1");
        return new SoakResult(new Machine(2, "a CPU", 8000, "a JVM", "an OS", "0.50 0.40 0.30", "abc1234", Instant.parse("2026-11-26T18:00:00Z")),
                Duration.ofMinutes(1), 4, Duration.ofSeconds(60), new RequestLog.Totals("all", 900, 0, steady()), kinds, overall, List.of(),
                HeapSample.of(Duration.ofSeconds(15), firstHeapMegabytes * MEGABYTE), HeapSample.of(Duration.ofSeconds(45), lastHeapMegabytes * MEGABYTE),
                new ContinuousIngest.Tally(2, 1, ingestFailures), 2000, 2600, "exited on SIGTERM in 900 ms, no process left");
    }

    private static Latencies steady() {
        return latencies(50, 100);
    }

    private static Latencies latencies(double medianMillis, double p99Millis) {
        return new Latencies(1000, medianMillis, (medianMillis + p99Millis) / 2, p99Millis);
    }
}
