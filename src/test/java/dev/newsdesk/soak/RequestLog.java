package dev.newsdesk.soak;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import dev.newsdesk.benchmark.Latencies;

/**
 * Every request of a soak, by kind: the latency of each 2xx answer, and the errors (any other status, or an I/O
 * failure such as a timeout), the first few of them kept with their address and outcome. Clients record into it
 * concurrently.
 */
final class RequestLog {

    static final int KEPT_ERRORS = 10;

    /** One failed request as the report lists it, with the phase of the soak it failed in. */
    record FailedRequest(String phase, RequestKind kind, String path, String outcome) {
    }

    /** The requests of one kind (or of all, {@code label} "all"): how many, how many failed, the latencies of the rest. */
    record Totals(String label, long requests, long errors, Latencies latencies) {
    }

    private final String phase;
    private final Map<RequestKind, Samples> samples = new EnumMap<>(RequestKind.class);
    private final AtomicLong errors = new AtomicLong();
    private final List<FailedRequest> firstErrors = new ArrayList<>();

    /** A log of the soak's {@code phase} ("warm-up", "soak"). */
    RequestLog(String phase) {
        this.phase = phase;
        for (RequestKind kind : RequestKind.values()) {
            samples.put(kind, new Samples());
        }
    }

    /** A request that got an answer with {@code status} after {@code nanos}, the whole body read. */
    void answered(PlannedRequest request, long nanos, int status) {
        if (status / 100 == 2) {
            samples.get(request.kind()).add(nanos);
        } else {
            failed(request, "status " + status);
        }
    }

    /** A request that got no answer, or no answer the log can take: {@code outcome} says what happened. */
    void failed(PlannedRequest request, String outcome) {
        samples.get(request.kind()).fail();
        errors.incrementAndGet();
        synchronized (firstErrors) {
            if (firstErrors.size() < KEPT_ERRORS) {
                firstErrors.add(new FailedRequest(phase, request.kind(), request.path(), outcome));
            }
        }
    }

    long errors() {
        return errors.get();
    }

    List<FailedRequest> firstErrors() {
        synchronized (firstErrors) {
            return List.copyOf(firstErrors);
        }
    }

    /** One line per kind, in the order of {@link RequestKind}. */
    List<Totals> byKind() {
        return Arrays.stream(RequestKind.values()).map(kind -> samples.get(kind).totals(kind.label())).toList();
    }

    Totals overall() {
        Samples all = new Samples();
        samples.values().forEach(all::addAll);
        return all.totals("all");
    }

    /** The latencies of one kind, and its failures. */
    private static final class Samples {

        private long[] nanos = new long[1024];
        private int size;
        private long failures;

        synchronized void add(long latency) {
            if (size == nanos.length) {
                nanos = Arrays.copyOf(nanos, size * 2);
            }
            nanos[size++] = latency;
        }

        synchronized void fail() {
            failures++;
        }

        synchronized void addAll(Samples other) {
            long[] latencies = other.latencies();
            for (long latency : latencies) {
                add(latency);
            }
            failures += other.failures();
        }

        synchronized long[] latencies() {
            return Arrays.copyOf(nanos, size);
        }

        synchronized long failures() {
            return failures;
        }

        synchronized Totals totals(String label) {
            return new Totals(label, size + failures, failures, Latencies.of(latencies()));
        }
    }
}
