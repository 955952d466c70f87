package dev.newsdesk.benchmark;

import java.util.Arrays;

/** Latency percentiles of one load run, from every recorded sample (nearest-rank on the sorted samples). */
public record Latencies(int count, double medianMillis, double p95Millis, double p99Millis) {

    public static Latencies of(long[] nanos) {
        if (nanos.length == 0) {
            return new Latencies(0, Double.NaN, Double.NaN, Double.NaN);
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Latencies(sorted.length, millis(sorted, 0.50), millis(sorted, 0.95), millis(sorted, 0.99));
    }

    private static double millis(long[] sorted, double quantile) {
        int rank = (int) Math.ceil(quantile * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }
}
