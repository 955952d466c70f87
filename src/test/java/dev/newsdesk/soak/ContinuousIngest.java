package dev.newsdesk.soak;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.newsdesk.BackgroundLoad;
import dev.newsdesk.corpus.CorpusGenerator;

/**
 * An ingest that runs for the whole soak: the generated corpus's next batch of articles is written and ingested
 * with the jar's command, then the next, until closed; the run in progress then is stopped as Ctrl-C stops it. A
 * run that exits non-zero by itself is a failure, and the last run.
 */
final class ContinuousIngest implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ContinuousIngest.class);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);

    /** What the ingest did: runs started and ended by themselves, and the failures (runs that exited non-zero). */
    record Tally(int started, int finished, List<String> failures) {
    }

    private final JarIngest ingest;
    private final CorpusGenerator generator;
    private final Path batches;
    private final int firstArticle;
    private final int batchArticles;
    /** One worker, one batch a turn; the first failure stops it and is the tally's failure. */
    private final BackgroundLoad load = new BackgroundLoad("soak-ingest", STOP_TIMEOUT);
    private Process current;
    private int started;
    private int finished;

    /** Batches of {@code batchArticles} generated articles from index {@code firstArticle} on, written under {@code batches}. */
    ContinuousIngest(JarIngest ingest, CorpusGenerator generator, Path batches, int firstArticle, int batchArticles) {
        this.ingest = ingest;
        this.generator = generator;
        this.batches = batches;
        this.firstArticle = firstArticle;
        this.batchArticles = batchArticles;
    }

    void start() {
        load.start(1, (worker, batch) -> ingestBatch((int) batch));
    }

    private void ingestBatch(int batch) throws InterruptedException {
        int from = firstArticle + batch * batchArticles;
        int to = from + batchArticles;
        String name = "ingest-articles-" + from + "-" + (to - 1);
        try {
            Path directory = batches.resolve("batch-" + batch);
            generator.write(directory, from, to, index -> { });
            Process process;
            synchronized (this) {
                if (load.stopped()) {
                    return;
                }
                process = ingest.start(directory, name);
                current = process;
                started++;
            }
            log.info("Soak: ingesting articles {} to {}", from, to - 1);
            int exit = process.waitFor();
            synchronized (this) {
                if (load.stopped()) {
                    return;
                }
                finished++;
                if (exit != 0) {
                    // Stops here: a command that fails once would most likely fail again, as fast as it can start.
                    String failure = "ingest of articles " + from + " to " + (to - 1) + " exited " + exit + "; see " + ingest.log(name);
                    stopAfter(failure);
                    log.warn("Soak: {}; no more ingest runs", failure);
                }
            }
        } catch (IOException e) {
            synchronized (this) {
                stopAfter("ingest of articles " + from + " to " + (to - 1) + " could not run: " + e);
            }
        }
    }

    private void stopAfter(String failure) {
        load.fail(failure);
        load.stop();
    }

    synchronized Tally tally() {
        String failure = load.firstFailure();
        return new Tally(started, finished, failure == null ? List.of() : List.of(failure));
    }

    @Override
    public void close() throws InterruptedException {
        Process running;
        synchronized (this) {
            load.stop();
            running = current;
        }
        if (running != null) {
            JarIngest.stop(running);
        }
        load.close();
    }
}
