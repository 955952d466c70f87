package dev.newsdesk.elasticsearch.embedded;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import dev.newsdesk.BackgroundLoad;
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

    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);

    private final BulkIndexer indexer;
    private final int batchSize;
    private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    private final AtomicLong sent = new AtomicLong();
    /** Counts, and keeps the first of, the articles not acknowledged (and any batch whose indexing threw). */
    private final BackgroundLoad load = new BackgroundLoad("continuous-ingest", STOP_TIMEOUT);

    private ContinuousIngest(BulkIndexer indexer, int batchSize) {
        this.indexer = indexer;
        this.batchSize = batchSize;
    }

    static ContinuousIngest start(BulkIndexer indexer, int threads, int batchSize) {
        ContinuousIngest ingest = new ContinuousIngest(indexer, batchSize);
        ingest.load.start(threads, (thread, batch) -> ingest.writeBatch("writer" + thread, batch));
        return ingest;
    }

    private void writeBatch(String writer, long batch) {
        List<ExtractedArticle> articles = new ArrayList<>();
        for (int i = 0; i < batchSize; i++) {
            String id = writer + "-" + batch + "-" + i;
            articles.add(new ExtractedArticle(id, id + ".txt", document(id, (int) batch * batchSize + i)));
        }
        sent.addAndGet(articles.size());
        for (FileResult result : indexer.index(articles)) {
            if (result.status() == FileResult.Status.INDEXED || result.status() == FileResult.Status.UPDATED) {
                acknowledged.add(result.id());
            } else {
                load.fail(result.id() + ": " + result.status() + " " + result.reason());
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
        return load.failures();
    }

    String firstFailure() {
        return load.firstFailure();
    }

    @Override
    public void close() throws InterruptedException {
        load.close();
    }
}
