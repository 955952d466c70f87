package dev.newsdesk.benchmark;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Closed-loop load on one search target: N clients, each sending the next query of the mix as soon as its last
 * answer arrived. A warm-up is run and thrown away; the measured phase ends after a time limit or a request limit,
 * whichever comes first, so every run is bounded.
 */
final class SearchLoad {

    /** What one target measured at one concurrency; latencies of successful requests only, errors counted apart. */
    record Result(String target, int clients, long requests, long errors, Latencies latencies, double perSecond, String firstError) {

        /** The rounds of one target at one concurrency taken together: every sample, and requests over their summed time. */
        static Result pooled(List<Round> rounds) {
            long[] all = rounds.stream().flatMapToLong(round -> Arrays.stream(round.latencies())).toArray();
            long errors = rounds.stream().mapToLong(Round::errors).sum();
            double seconds = rounds.stream().mapToDouble(Round::seconds).sum();
            String firstError = rounds.stream().map(Round::firstError).filter(e -> e != null).findFirst().orElse(null);
            Round first = rounds.get(0);
            return new Result(first.target(), first.clients(), all.length + errors, errors, Latencies.of(all), all.length / seconds, firstError);
        }
    }

    /** One measured run: the latencies in nanoseconds, and how long the measured phase lasted. */
    record Round(String target, int clients, long[] latencies, long errors, double seconds, String firstError) {
    }

    private final HttpClient http;
    private final List<SearchQuery> mix;
    private final Duration warmup;
    private final Duration measured;
    private final int maxRequests;

    SearchLoad(HttpClient http, List<SearchQuery> mix, Duration warmup, Duration measured, int maxRequests) {
        this.http = http;
        this.mix = mix;
        this.warmup = warmup;
        this.measured = measured;
        this.maxRequests = maxRequests;
    }

    /** Sends the first query once: empty if the target answered 2xx, else why it cannot be measured. */
    Optional<String> probe(SearchTarget target) {
        try {
            HttpRequest request = target.request(mix.get(0));
            HttpResponse<String> response = Http.send(http, request, HttpResponse.BodyHandlers.ofString());
            return response.statusCode() / 100 == 2 ? Optional.empty()
                    : Optional.of(request.method() + " " + response.uri().getPath() + " answered " + response.statusCode()
                            + (response.statusCode() == 400 ? " " + ElasticsearchAdmin.abbreviate(response.body()) : ""));
        } catch (IOException e) {
            return Optional.of(target.name() + " did not answer: " + e.getMessage());
        }
    }

    Result run(SearchTarget target, int clients) throws Exception {
        return Result.pooled(List.of(round(target, clients)));
    }

    Round round(SearchTarget target, int clients) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            long warmupEnd = System.nanoTime() + warmup.toNanos();
            long deadline = warmupEnd + measured.toNanos();
            int perClient = Math.max(1, maxRequests / clients);
            AtomicLong errors = new AtomicLong();
            AtomicReference<String> firstError = new AtomicReference<>();
            AtomicLong lastEnd = new AtomicLong(warmupEnd);
            List<Future<long[]>> running = new ArrayList<>();
            for (int client = 0; client < clients; client++) {
                int start = client * mix.size() / clients;
                running.add(pool.submit(() -> client(target, start, warmupEnd, deadline, perClient, errors, firstError, lastEnd)));
            }
            List<long[]> samples = new ArrayList<>();
            for (Future<long[]> client : running) {
                samples.add(client.get(warmup.plus(measured).toSeconds() + 120, TimeUnit.SECONDS));
            }
            long[] all = samples.stream().flatMapToLong(Arrays::stream).toArray();
            double seconds = Math.max(1, lastEnd.get() - warmupEnd) / 1e9;
            return new Round(target.name(), clients, all, errors.get(), seconds, firstError.get());
        } finally {
            pool.shutdownNow();
        }
    }

    private long[] client(SearchTarget target, int start, long warmupEnd, long deadline, int limit, AtomicLong errors,
                          AtomicReference<String> firstError, AtomicLong lastEnd) {
        long[] latencies = new long[limit];
        int recorded = 0;
        int failed = 0;
        int next = start;
        int warmupRequests = 0;
        while (System.nanoTime() < warmupEnd && warmupRequests++ < limit) {
            send(target, mix.get(next++ % mix.size()));
        }
        while (recorded + failed < limit) {
            long sent = System.nanoTime();
            if (sent >= deadline) {
                break;
            }
            String error = send(target, mix.get(next++ % mix.size()));
            long answered = System.nanoTime();
            if (error == null) {
                latencies[recorded++] = answered - sent;
            } else {
                failed++;
                errors.incrementAndGet();
                firstError.compareAndSet(null, error);
            }
            lastEnd.accumulateAndGet(answered, Math::max);
        }
        return Arrays.copyOf(latencies, recorded);
    }

    /** Sends one search and reads the whole answer; returns null on success, else what went wrong. */
    private String send(SearchTarget target, SearchQuery query) {
        try {
            HttpResponse<byte[]> response = Http.send(http, target.request(query), HttpResponse.BodyHandlers.ofByteArray());
            return response.statusCode() / 100 == 2 ? null : "status " + response.statusCode() + " for " + query.text();
        } catch (IOException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }
}
