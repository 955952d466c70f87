package dev.newsdesk.ingest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import dev.newsdesk.elasticsearch.Indices;

/**
 * Ingests article files: worker threads read, clean and enrich files while this thread sends bulk requests, so
 * indexing hides behind the slowest stage (NER). Memory stays fixed: only a bounded number of files is in flight.
 * A failing file is reported by name and never stops the batch.
 */
public class Ingester {

    private static final Logger log = LoggerFactory.getLogger(Ingester.class);
    private static final long PROGRESS_INTERVAL_NANOS = 1_000_000_000L;

    private final ArticleExtractor extractor;
    private final BulkIndexer bulkIndexer;
    private final ElasticsearchClient client;
    private final IngestProperties properties;
    private final IngestedPaths ingestedPaths;

    public Ingester(ArticleExtractor extractor, BulkIndexer bulkIndexer, ElasticsearchClient client, IngestProperties properties,
                    IngestedPaths ingestedPaths) {
        this.extractor = extractor;
        this.bulkIndexer = bulkIndexer;
        this.client = client;
        this.properties = properties;
        this.ingestedPaths = ingestedPaths;
    }

    /**
     * Ingests the files under the paths through the alias, and remembers the paths for a later reindex from the files
     * (first, so a crash midway still leaves them known; again at the end if Elasticsearch was away at the start).
     */
    public IngestReport ingest(List<Path> paths, IngestProgress progress) {
        boolean remembered = ingestedPaths.remember(paths);
        IngestReport report = ingestInto(Indices.ARTICLES, paths, progress);
        if (!remembered) {
            ingestedPaths.remember(paths);
        }
        return report;
    }

    /**
     * Ingests the files under the paths into {@code index} (an alias or the next version a reindex builds). An
     * interrupt stops it early, with the results so far.
     */
    public IngestReport ingestInto(String index, List<Path> paths, IngestProgress progress) {
        long start = System.nanoTime();
        List<ArticleFile> files = ArticleFiles.under(paths);
        List<FileResult> results = new ArrayList<>(files.size());
        int inFlight = Math.max(2, properties.workerThreads()) * 4;
        BlockingQueue<Object> outcomes = new ArrayBlockingQueue<>(inFlight + 1);
        Semaphore slots = new Semaphore(inFlight);
        ExecutorService workers = Executors.newFixedThreadPool(Math.max(1, properties.workerThreads()), daemon("ingest-worker"));
        Thread feeder = new Thread(() -> feed(files, workers, slots, outcomes), "ingest-feeder");
        feeder.setDaemon(true);
        feeder.start();
        AtomicInteger failed = new AtomicInteger();
        try {
            List<ExtractedArticle> batch = new ArrayList<>();
            long batchBytes = 0;
            int received = 0;
            long lastProgress = System.nanoTime();
            while (received < files.size()) {
                Object outcome = outcomes.poll(200, TimeUnit.MILLISECONDS);
                if (outcome != null) {
                    received++;
                    slots.release();
                    if (outcome instanceof ExtractedArticle article) {
                        batch.add(article);
                        batchBytes += article.document().approximateBytes();
                    } else {
                        FileResult failure = (FileResult) outcome;
                        log.warn("{} failed: {}", failure.file(), failure.reason());
                        results.add(failure);
                        failed.incrementAndGet();
                    }
                }
                if (System.nanoTime() - lastProgress > PROGRESS_INTERVAL_NANOS) {
                    progress.update(received, files.size(), failed.get(), (System.nanoTime() - start) / 1_000_000);
                    lastProgress = System.nanoTime();
                }
                boolean full = batch.size() >= properties.bulkDocuments() || batchBytes >= properties.bulkBytes();
                boolean idleOrLast = outcome == null || received == files.size();
                if (!batch.isEmpty() && (full || idleOrLast)) {
                    List<FileResult> written = bulkIndexer.index(batch, index);
                    written.stream().filter(r -> r.status() == FileResult.Status.FAILED).forEach(r -> {
                        log.warn("{} failed: {}", r.file(), r.reason());
                        failed.incrementAndGet();
                    });
                    results.addAll(written);
                    batch.clear();
                    batchBytes = 0;
                    progress.update(results.size(), files.size(), failed.get(), (System.nanoTime() - start) / 1_000_000);
                }
            }
            progress.update(results.size(), files.size(), failed.get(), (System.nanoTime() - start) / 1_000_000);
            refresh(index);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            feeder.interrupt();
            workers.shutdownNow();
        }
        return new IngestReport(results, Duration.ofNanos(System.nanoTime() - start));
    }

    private void feed(List<ArticleFile> files, ExecutorService workers, Semaphore slots, BlockingQueue<Object> outcomes) {
        try {
            for (ArticleFile file : files) {
                slots.acquire();
                workers.execute(() -> {
                    Object outcome;
                    try {
                        outcome = extractor.extract(file);
                    } catch (UnreadableArticleException e) {
                        outcome = FileResult.failed(file.source(), e.getMessage());
                    } catch (RuntimeException | Error e) {
                        outcome = FileResult.failed(file.source(), "it could not be processed: " + e);
                    }
                    try {
                        outcomes.put(outcome);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void refresh(String index) {
        try {
            client.indices().refresh(r -> r.index(index));
        } catch (Exception e) {
            log.debug("refresh after ingest failed: {}", e.getMessage());
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        AtomicInteger counter = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

}
