package dev.newsdesk.reindex;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import dev.newsdesk.BackgroundLoad;
import dev.newsdesk.security.PortalClient;

/**
 * Searches sent without pause from several threads, as people searching while an admin reindexes or a node dies:
 * each asks {@code /api/search} for everything (or goes round a list of searches) and notes the total. Counts
 * requests and failures (any answer but 200), and the lowest total seen.
 */
public final class ContinuousSearches implements AutoCloseable {

    private static final Duration SEARCH_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(40);

    private final PortalClient portal;
    private final List<String> searches;
    private final AtomicLong lowestTotal = new AtomicLong(Long.MAX_VALUE);
    private final BackgroundLoad load = new BackgroundLoad("continuous-search", STOP_TIMEOUT);

    private ContinuousSearches(int port, List<String> queries) {
        this.portal = new PortalClient(port);
        this.searches = queries.stream().map(query -> "/api/search?" + query).toList();
    }

    /** Threads that each search for everything, one hit a page. */
    static ContinuousSearches start(int port, int threads) {
        return start(port, threads, List.of("size=1"));
    }

    /** Threads that each go round {@code queries} (query strings of {@code /api/search}), each from its own place in the list. */
    public static ContinuousSearches start(int port, int threads, List<String> queries) {
        ContinuousSearches searches = new ContinuousSearches(port, queries);
        searches.load.start(threads, searches::searchFromOwnPlace);
        return searches;
    }

    /** Thread {@code thread} starts at search {@code thread} and goes round the list from there. */
    private void searchFromOwnPlace(int thread, long turn) {
        search(searches.get((int) ((thread + turn) % searches.size())));
    }

    private void search(String pathAndQuery) {
        HttpRequest request = HttpRequest.newBuilder(portal.uri(pathAndQuery)).timeout(SEARCH_TIMEOUT)
                .header("Accept", "application/json").build();
        HttpResponse<String> response = portal.send(request);
        if (response.statusCode() != 200) {
            load.fail(request.uri().getQuery() + ": status " + response.statusCode() + ": " + response.body());
            return;
        }
        lowestTotal.accumulateAndGet(PortalClient.json(response).get("total").asLong(), Math::min);
    }

    /** Searches sent so far, answered or not. */
    public long requests() {
        return load.turns();
    }

    public long failures() {
        return load.failures();
    }

    public String firstFailure() {
        return load.firstFailure();
    }

    public long lowestTotal() {
        return lowestTotal.get();
    }

    @Override
    public void close() throws InterruptedException {
        load.close();
    }
}
