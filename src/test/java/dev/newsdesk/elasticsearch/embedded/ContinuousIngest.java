package dev.newsdesk.elasticsearch.embedded;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import dev.newsdesk.elasticsearch.ArticleDocument;
import dev.newsdesk.ingest.BulkIndexer;
import dev.newsdesk.ingest.ExtractedArticle;
import dev.newsdesk.ingest.FileResult;

/**
 * Articles written without pause from several threads through the app's {@link BulkIndexer}, small made-up ones in
 * batches, each under an id of its own. Keeps the ids Elasticsearch acknowledged (indexed or updated), counts the
 * ones it did not, and notes the first reason.
 */
final class ContinuousIngest implements AutoCloseable {

    private static final List<String> PLACES = List.of("Portvale", "Eastmere", "Westholm", "Northby");
    private static final List<String> TOPICS = List.of("ferry terminal", "harbour wall", "council budget", "tram line");

    private final BulkIndexer indexer;
    private final int batchSize;
    private final AtomicBoolean stop = new AtomicBoolean();
    private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicReference<String> firstFailure = new AtomicReference<>();
    private final List<Thread> threads = new ArrayList<>();

    private ContinuousIngest(BulkIndexer indexer, int batchSize) {
        this.indexer = indexer;
        this.batchSize = batchSize;
    }

    static ContinuousIngest start(BulkIndexer indexer, int threads, int batchSize) {
        ContinuousIngest ingest = new ContinuousIngest(indexer, batchSize);
        for (int i = 0; i < threads; i++) {
            String writer = "writer" + i;
            Thread thread = new Thread(() -> ingest.writeUntilStopped(writer), "continuous-ingest-" + i);
            thread.setDaemon(true);
            ingest.threads.add(thread);
            thread.start();
        }
        return ingest;
    }

    private void writeUntilStopped(String writer) {
        for (int batch = 0; !stop.get(); batch++) {
            List<ExtractedArticle> articles = new ArrayList<>();
            for (int i = 0; i < batchSize; i++) {
                String id = writer + "-" + batch + "-" + i;
                articles.add(new ExtractedArticle(id, id + ".txt", document(id, batch * batchSize + i)));
            }
            sent.addAndGet(articles.size());
            for (FileResult result : indexer.index(articles)) {
                if (result.status() == FileResult.Status.INDEXED || result.status() == FileResult.Status.UPDATED) {
                    acknowledged.add(result.id());
                } else {
                    failed.incrementAndGet();
                    firstFailure.compareAndSet(null, result.id() + ": " + result.status() + " " + result.reason());
                }
            }
        }
    }

    private static ArticleDocument document(String id, int number) {
        String place = PLACES.get(number % PLACES.size());
        String topic = TOPICS.get(number % TOPICS.size());
        String title = place + " " + topic + " report " + id;
        String body = "The " + place + " council discussed the " + topic + " on Tuesday.\n\nA decision is expected next month.";
        return new ArticleDocument(title, body, place + " Gazette", null, LocalDate.of(2024, 1, 1).plusDays(number % 365), "sidecar",
                List.of(), List.of(place + " Council"), List.of(place), Map.of(place, 1), id + ".txt",
                "https://news.example.org/" + id, Instant.now(), id, null, null, null);
    }

    /** The ids Elasticsearch acknowledged so far. */
    Set<String> acknowledged() {
        return Set.copyOf(acknowledged);
    }

    long acknowledgedCount() {
        return acknowledged.size();
    }

    /** Articles sent so far, acknowledged or not: no more than these can be in the index. */
    long sent() {
        return sent.get();
    }

    long failed() {
        return failed.get();
    }

    String firstFailure() {
        return firstFailure.get();
    }

    @Override
    public void close() throws InterruptedException {
        stop.set(true);
        for (Thread thread : threads) {
            thread.join(Duration.ofSeconds(60).toMillis());
        }
    }

    /** The made-up file an article came from: the indexer reports per file. */
}
