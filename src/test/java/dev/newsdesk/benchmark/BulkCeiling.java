package dev.newsdesk.benchmark;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The ingest ceiling: pre-enriched documents sent straight to {@code _bulk}, in bounded batches from a bounded
 * queue, by as many senders as the machine has cores (at least two), ending with a refresh so every document is
 * searchable when the clock stops.
 */
final class BulkCeiling {

    static final int BATCH_DOCUMENTS = 500;
    static final int BATCH_BYTES = 5 * 1024 * 1024;
    private static final byte[] END = new byte[0];
    private static final Duration REQUEST_TIMEOUT = Duration.ofMinutes(5);

    private final ElasticsearchAdmin admin;
    private final HttpClient http;

    BulkCeiling(ElasticsearchAdmin admin, HttpClient http) {
        this.admin = admin;
        this.http = http;
    }

    /** Sends the bulk file into {@code target} and returns the documents indexed and the time it took. */
    Timed run(Path bulkFile, String target) throws Exception {
        int senders = Math.max(2, Runtime.getRuntime().availableProcessors());
        BlockingQueue<byte[]> batches = new ArrayBlockingQueue<>(senders * 2);
        AtomicLong indexed = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(senders);
        long started = System.nanoTime();
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < senders; i++) {
                running.add(pool.submit(() -> {
                    for (byte[] batch = batches.take(); batch != END; batch = batches.take()) {
                        indexed.addAndGet(send(batch, target));
                    }
                    return null;
                }));
            }
            readBatches(bulkFile, batches, running);
            for (int i = 0; i < senders; i++) {
                batches.put(END);
            }
            for (Future<?> sender : running) {
                sender.get(1, TimeUnit.HOURS);
            }
            admin.refresh(target);
            return new Timed(indexed.get(), System.nanoTime() - started);
        } finally {
            pool.shutdownNow();
        }
    }

    private static void readBatches(Path bulkFile, BlockingQueue<byte[]> batches, List<Future<?>> senders) throws Exception {
        try (BufferedReader lines = Files.newBufferedReader(bulkFile, StandardCharsets.UTF_8)) {
            ByteArrayOutputStream batch = new ByteArrayOutputStream(BATCH_BYTES + (1 << 16));
            int documents = 0;
            for (String action = lines.readLine(); action != null; action = lines.readLine()) {
                batch.write((action + "\n" + lines.readLine() + "\n").getBytes(StandardCharsets.UTF_8));
                if (++documents == BATCH_DOCUMENTS || batch.size() >= BATCH_BYTES) {
                    offer(batches, batch.toByteArray(), senders);
                    batch.reset();
                    documents = 0;
                }
            }
            if (documents > 0) {
                offer(batches, batch.toByteArray(), senders);
            }
        }
    }

    /** Queues a batch, failing fast when a sender has died instead of waiting for a slot that never frees. */
    private static void offer(BlockingQueue<byte[]> batches, byte[] batch, List<Future<?>> senders) throws Exception {
        while (!batches.offer(batch, 1, TimeUnit.SECONDS)) {
            for (Future<?> sender : senders) {
                if (sender.isDone()) {
                    sender.get();
                }
            }
        }
    }

    private long send(byte[] batch, String target) throws IOException {
        HttpRequest request = admin.node().request("/" + target + "/_bulk?filter_path=errors,items.*.error,items.*.status")
                .timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofByteArray(batch)).build();
        HttpResponse<String> response = Http.send(http, request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("_bulk answered " + response.statusCode() + ": " + ElasticsearchAdmin.abbreviate(response.body()));
        }
        if (response.body().startsWith("{\"errors\":true")) {
            throw new IOException("_bulk refused documents: " + ElasticsearchAdmin.abbreviate(response.body()));
        }
        int lines = 0;
        for (byte b : batch) {
            if (b == '\n') {
                lines++;
            }
        }
        return lines / 2;
    }

    /** A count of items and the nanoseconds they took. */
    record Timed(long items, long nanos) {

        double perSecond() {
            return items / seconds();
        }

        double seconds() {
            return nanos / 1e9;
        }
    }
}
