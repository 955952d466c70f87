package dev.newsdesk.reindex;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import tools.jackson.databind.json.JsonMapper;

/**
 * Searches sent without pause from several threads, as people searching while an admin reindexes or a node dies:
 * each asks {@code /api/search} for everything (or goes round a list of searches) and notes the total. Counts
 * requests and failures (any answer but 200), and the lowest total seen.
 */
public final class ContinuousSearches implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();
    private final List<URI> searches;
    private final AtomicBoolean stop = new AtomicBoolean();
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();
    private final AtomicLong lowestTotal = new AtomicLong(Long.MAX_VALUE);
    private final AtomicReference<String> firstFailure = new AtomicReference<>();
    private final List<Thread> threads = new ArrayList<>();

    private ContinuousSearches(int port, List<String> queries) {
        this.searches = queries.stream().map(query -> URI.create("http://localhost:" + port + "/api/search?" + query)).toList();
    }

    /** Threads that each search for everything, one hit a page. */
    static ContinuousSearches start(int port, int threads) {
        return start(port, threads, List.of("size=1"));
    }

    /** Threads that each go round {@code queries} (query strings of {@code /api/search}), each from its own place in the list. */
    public static ContinuousSearches start(int port, int threads, List<String> queries) {
        ContinuousSearches searches = new ContinuousSearches(port, queries);
        for (int i = 0; i < threads; i++) {
            int first = i;
            Thread thread = new Thread(() -> searches.searchUntilStopped(first), "continuous-search-" + i);
            thread.setDaemon(true);
            searches.threads.add(thread);
            thread.start();
        }
        return searches;
    }

    private void searchUntilStopped(int first) {
        for (int turn = first; !stop.get(); turn++) {
            HttpRequest request = HttpRequest.newBuilder(searches.get(turn % searches.size())).timeout(Duration.ofSeconds(30))
                    .header("Accept", "application/json").build();
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                requests.incrementAndGet();
                if (response.statusCode() != 200) {
                    fail(request.uri().getQuery() + ": status " + response.statusCode() + ": " + response.body());
                    continue;
                }
                long total = JSON.readTree(response.body()).get("total").asLong();
                lowestTotal.accumulateAndGet(total, Math::min);
            } catch (InterruptedException e) {
                return;
            } catch (Exception e) {
                requests.incrementAndGet();
                fail(e.toString());
            }
        }
    }

    private void fail(String why) {
        failures.incrementAndGet();
        firstFailure.compareAndSet(null, why);
    }

    public long requests() {
        return requests.get();
    }

    public long failures() {
        return failures.get();
    }

    public String firstFailure() {
        return firstFailure.get();
    }

    public long lowestTotal() {
        return lowestTotal.get();
    }

    @Override
    public void close() throws InterruptedException {
        stop.set(true);
        for (Thread thread : threads) {
            thread.join(Duration.ofSeconds(40).toMillis());
        }
    }
}
