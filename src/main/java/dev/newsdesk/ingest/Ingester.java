package dev.newsdesk.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import dev.newsdesk.archive.WarcPages;
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
        Feed feed = new Feed(files, workers, slots, outcomes);
        Thread feeder = new Thread(feed::run, "ingest-feeder");
        feeder.setDaemon(true);
        feeder.start();
        AtomicInteger failed = new AtomicInteger();
        try {
            List<ExtractedArticle> batch = new ArrayList<>();
            long batchBytes = 0;
            int received = 0;
            long lastProgress = System.nanoTime();
            while (!feed.done() || received < feed.submitted()) {
                Object outcome = outcomes.poll(200, TimeUnit.MILLISECONDS);
                if (outcome != null) {
                    received++;
                    if (outcome instanceof ExtractedArticle article) {
                        slots.release();
                        batch.add(article);
                        batchBytes += article.document().approximateBytes();
                    } else {
                        FileResult failure;
                        if (outcome instanceof Reported reported) {
                            failure = reported.failure();
                        } else {
                            slots.release();
                            failure = (FileResult) outcome;
                        }
                        log.warn("{} failed: {}", failure.file(), failure.reason());
                        results.add(failure);
                        failed.incrementAndGet();
                    }
                }
                if (System.nanoTime() - lastProgress > PROGRESS_INTERVAL_NANOS) {
                    progress.update(received, feed.total(), failed.get(), (System.nanoTime() - start) / 1_000_000);
                    lastProgress = System.nanoTime();
                }
                boolean full = batch.size() >= properties.bulkDocuments() || batchBytes >= properties.bulkBytes();
                boolean idleOrLast = outcome == null || feed.done() && received == feed.submitted();
                if (!batch.isEmpty() && (full || idleOrLast)) {
                    List<FileResult> written = bulkIndexer.index(batch, index);
                    written.stream().filter(r -> r.status() == FileResult.Status.FAILED).forEach(r -> {
                        log.warn("{} failed: {}", r.file(), r.reason());
                        failed.incrementAndGet();
                    });
                    results.addAll(written);
                    batch.clear();
                    batchBytes = 0;
                    progress.update(results.size(), feed.total(), failed.get(), (System.nanoTime() - start) / 1_000_000);
                }
            }
            progress.update(results.size(), feed.total(), failed.get(), (System.nanoTime() - start) / 1_000_000);
            refresh(index);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            feeder.interrupt();
            workers.shutdownNow();
        }
        return new IngestReport(results, feed.skippedRecords(), Duration.ofNanos(System.nanoTime() - start));
    }

    /** A failure the feeder found itself (a broken WARC record): it holds no worker's slot. */
    private record Reported(FileResult failure) {
    }

    /**
     * Hands files to the workers, one task a file; a WARC file is read here, in order, and each HTML page it holds is a
     * task. What a WARC file holds that is no page (or is broken) is counted, or reported by offset, here.
     */
    private final class Feed {
        private final List<ArticleFile> files;
        private final ExecutorService workers;
        private final Semaphore slots;
        private final BlockingQueue<Object> outcomes;
        private final AtomicInteger submitted = new AtomicInteger();
        private final AtomicInteger skipped = new AtomicInteger();
        private volatile boolean done;

        Feed(List<ArticleFile> files, ExecutorService workers, Semaphore slots, BlockingQueue<Object> outcomes) {
            this.files = files;
            this.workers = workers;
            this.slots = slots;
            this.outcomes = outcomes;
        }

        void run() {
            try {
                for (ArticleFile file : files) {
                    if (file.warc()) {
                        warc(file);
                    } else {
                        submit(file.source(), () -> extractor.extract(file));
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                done = true;
            }
        }

        private void warc(ArticleFile file) throws InterruptedException {
            try {
                WarcPages.Summary summary = WarcPages.read(file.path(), page -> {
                    String origin = file.source() + "#" + page.target();
                    WebPage web = new WebPage(page.target().toString(), page.body(), page.date(), PageHints.fromMetadata(page.metadata()), origin);
                    try {
                        submit(origin, () -> extractor.extract(web));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new CancellationException("the ingest was interrupted");
                    }
                });
                skipped.addAndGet(summary.skipped());
                for (String problem : summary.problems()) {
                    report(FileResult.failed(file.source(), "a broken WARC record at " + problem));
                }
            } catch (CancellationException e) {
                throw new InterruptedException(e.getMessage());
            } catch (IOException | RuntimeException e) {
                report(FileResult.failed(file.source(), "it cannot be read as a WARC file: " + e.getMessage()));
            }
        }

        private void submit(String origin, Supplier<ExtractedArticle> task) throws InterruptedException {
            slots.acquire();
            submitted.incrementAndGet();
            workers.execute(() -> {
                Object outcome;
                try {
                    outcome = task.get();
                } catch (UnreadableArticleException e) {
                    outcome = FileResult.failed(origin, e.getMessage());
                } catch (RuntimeException | Error e) {
                    outcome = FileResult.failed(origin, "it could not be processed: " + e);
                }
                try {
                    outcomes.put(outcome);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }

        private void report(FileResult failure) throws InterruptedException {
            submitted.incrementAndGet();
            outcomes.put(new Reported(failure));
        }

        boolean done() {
            return done;
        }

        int submitted() {
            return submitted.get();
        }

        /** The files and pages known so far: grows while WARC files are read. */
        int total() {
            return Math.max(files.size(), submitted.get());
        }

        int skippedRecords() {
            return skipped.get();
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
