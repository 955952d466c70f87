package dev.newsdesk.soak;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.SplittableRandom;

import dev.newsdesk.benchmark.Http;

/**
 * One person at a browser, in a closed loop: sends the mix's next request as soon as the last answer is read, and
 * clicks on from what it showed, until the deadline. Keeps its cookies, so a session the portal starts is reused.
 */
final class SoakClient implements Runnable {

    /** Longer than any answer a healthy portal gives under load; a request that takes longer is an error. */
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final URI portal;
    private final RequestMix mix;
    private final SplittableRandom random;
    private final long deadlineNanos;
    private final RequestLog log;
    private final HttpClient http = Http.client(new CookieManager());
    private ResultLinks seen = ResultLinks.NONE;

    SoakClient(URI portal, RequestMix mix, long seed, long deadlineNanos, RequestLog log) {
        this.portal = portal;
        this.mix = mix;
        this.random = new SplittableRandom(seed);
        this.deadlineNanos = deadlineNanos;
        this.log = log;
    }

    @Override
    public void run() {
        while (System.nanoTime() < deadlineNanos && !Thread.currentThread().isInterrupted()) {
            send(mix.next(random, seen));
        }
    }

    private void send(PlannedRequest planned) {
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(portal.resolve(planned.path())).timeout(REQUEST_TIMEOUT)
                    .header("Accept", planned.accept()).GET().build();
        } catch (IllegalArgumentException e) {
            log.failed(planned, "not a valid address: " + e.getMessage());
            return;
        }
        long sent = System.nanoTime();
        HttpResponse<String> response;
        try {
            response = Http.send(http, request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            log.failed(planned, e.getClass().getSimpleName() + ": " + e.getMessage());
            return;
        }
        long took = System.nanoTime() - sent;
        if (response.statusCode() / 100 == 2) {
            try {
                learn(planned, response.body());
            } catch (RuntimeException e) {
                log.failed(planned, "an answer the client cannot read (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
                return;
            }
        }
        log.answered(planned, took, response.statusCode());
    }

    /** Results pages and API searches give the links of the next clicks; other answers leave them as they were. */
    private void learn(PlannedRequest planned, String body) {
        switch (planned.kind()) {
            case SEARCH_PAGE, FACET_CLICK -> seen = ResultLinks.ofPage(body);
            case API_SEARCH -> seen = ResultLinks.ofApi(body, planned.path().substring(planned.path().indexOf('?') + 1));
            default -> {
            }
        }
    }
}
