package dev.newsdesk.admin;

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
 * Searches sent without pause from several threads, as people searching while an admin reindexes: each asks
 * {@code /api/search} for everything and notes the total. Counts requests and failures, and the lowest total seen.
 */
final class ContinuousSearches implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI search;
    private final AtomicBoolean stop = new AtomicBoolean();
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();
    private final AtomicLong lowestTotal = new AtomicLong(Long.MAX_VALUE);
    private final AtomicReference<String> firstFailure = new AtomicReference<>();
    private final List<Thread> threads = new ArrayList<>();

    private ContinuousSearches(int port) {
        this.search = URI.create("http://localhost:" + port + "/api/search?size=1");
    }

    static ContinuousSearches start(int port, int threads) {
        ContinuousSearches searches = new ContinuousSearches(port);
        for (int i = 0; i < threads; i++) {
            Thread thread = new Thread(searches::searchUntilStopped, "continuous-search-" + i);
            thread.setDaemon(true);
            searches.threads.add(thread);
            thread.start();
        }
        return searches;
    }

    private void searchUntilStopped() {
        HttpRequest request = HttpRequest.newBuilder(search).timeout(Duration.ofSeconds(30)).header("Accept", "application/json").build();
        while (!stop.get()) {
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                requests.incrementAndGet();
                if (response.statusCode() != 200) {
                    fail("status " + response.statusCode() + ": " + response.body());
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

    long requests() {
        return requests.get();
    }

    long failures() {
        return failures.get();
    }

    String firstFailure() {
        return firstFailure.get();
    }

    long lowestTotal() {
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
