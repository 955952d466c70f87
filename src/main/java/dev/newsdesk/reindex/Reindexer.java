package dev.newsdesk.reindex;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import dev.newsdesk.elasticsearch.IndexVersions;
import dev.newsdesk.ingest.FileResult;
import dev.newsdesk.ingest.IngestProgress;
import dev.newsdesk.ingest.IngestReport;
import dev.newsdesk.ingest.Ingester;

/**
 * The work of one reindex: builds the next version of the alias from a source while search keeps serving the
 * current one, copies in what was ingested meanwhile, moves the alias in one step, and deletes versions beyond
 * those kept. It leaves a failed or cancelled attempt's index for the caller to remove.
 */
public class Reindexer {

    private static final Logger log = LoggerFactory.getLogger(Reindexer.class);
    /**
     * How far before a pass a catch-up looks: an article's {@code ingested_at} is taken when it is enriched, a
     * little before its bulk request reaches the index.
     */
    static final Duration CATCH_UP_MARGIN = Duration.ofMinutes(2);

    private final String alias;
    private final IndexVersions versions;
    private final IndexCopy copy;
    private final Ingester ingester;
    private final int keepVersions;
    private final Clock clock;

    public Reindexer(String alias, IndexVersions versions, IndexCopy copy, Ingester ingester, int keepVersions, Clock clock) {
        this.alias = alias;
        this.versions = versions;
        this.copy = copy;
        this.ingester = ingester;
        this.keepVersions = keepVersions;
        this.clock = clock;
    }

    /** What a job will do: read from {@code source} (for files, the {@code paths}) and build {@code target} to replace {@code previous}. */
    public record Plan(ReindexJob.Origin source, String previous, String target, List<Path> paths) {
    }

    /** The plan for a job that starts now: the index the alias points to, and the next version's name. */
    public Plan plan(ReindexJob.Origin source, List<Path> paths) throws IOException {
        return new Plan(source, versions.current(alias), versions.nextName(alias), List.copyOf(paths));
    }

    public String alias() {
        return alias;
    }

    /** Runs the plan to the end: when this returns, the alias points to the new index. Returns the articles it held then. */
    public long run(Plan plan, ReindexProgress progress) throws IOException {
        Instant started = clock.instant();
        versions.create(plan.target());
        String refreshInterval = versions.pauseRefresh(plan.target());
        long written = switch (plan.source()) {
            case INDEX -> copy.copy(plan.previous(), plan.target(), null, progress);
            case FILES -> reread(plan, progress);
        };
        stopIfCancelled(progress);
        versions.resumeRefresh(plan.target(), refreshInterval);
        verify(plan.target(), written);
        Instant caughtUp = clock.instant();
        copy.copy(plan.previous(), plan.target(), ingestedSince(started), ReindexProgress.uncounted(progress));
        versions.refresh(plan.target());
        long articles = versions.count(plan.target());
        if (!progress.commit()) {
            throw new CancellationException("the reindex was cancelled");
        }
        versions.swap(alias, plan.previous(), plan.target());
        log.info("The alias {} moved from {} to {} ({} articles)", alias, plan.previous(), plan.target(), articles);
        afterSwap(plan, caughtUp, progress);
        return articles;
    }

    /**
     * Removes the index of a run that failed or was cancelled, unless the alias moved to it after all (a swap that
     * went through although its answer was lost). Returns whether the plan's index serves.
     */
    public boolean abandon(Plan plan) throws IOException {
        if (plan.target().equals(versions.current(alias))) {
            return true;
        }
        versions.delete(plan.target());
        log.info("Removed the partial index {}; {} keeps serving", plan.target(), plan.previous());
        return false;
    }

    /** Reads every path again through the whole pipeline into the target; returns the distinct articles written. */
    private long reread(Plan plan, ReindexProgress progress) {
        List<Path> present = plan.paths().stream().filter(Files::exists).toList();
        for (Path missing : plan.paths().stream().filter(path -> !Files.exists(path)).toList()) {
            progress.found(1);
            progress.done(1);
            progress.failed(1);
            progress.failure(missing.toString(), "it no longer exists, so its articles are not in the new index");
        }
        if (present.isEmpty()) {
            throw new ReindexFailure("None of the ingested directories exists any more (" + plan.paths()
                    + "): nothing to read, so the current index keeps serving.");
        }
        IngestReport report = ingester.ingestInto(plan.target(), present, new FileProgress(progress));
        stopIfCancelled(progress);
        report.failures().forEach(failure -> progress.failure(failure.file(), failure.reason()));
        // A file read and enriched but not written is an article the current index may hold: do not lose it silently.
        List<FileResult> notWritten = report.failures().stream().filter(failure -> failure.id() != null).toList();
        if (!notWritten.isEmpty()) {
            throw new ReindexFailure("%d articles could not be written into %s (first: %s: %s)".formatted(
                    notWritten.size(), plan.target(), notWritten.get(0).file(), notWritten.get(0).reason()));
        }
        Set<String> ids = new HashSet<>();
        report.files().stream().filter(file -> file.status() != FileResult.Status.FAILED).forEach(file -> ids.add(file.id()));
        return ids.size();
    }

    /** Guards against an index changed under the job (deleted and recreated by a write, say) before it serves. */
    private void verify(String target, long written) throws IOException {
        versions.refresh(target);
        long count = versions.count(target);
        if (count < written) {
            throw new ReindexFailure("%s holds %,d articles where %,d were written: was it deleted or changed during the job?"
                    .formatted(target, count, written));
        }
    }

    /**
     * Writes that reached the previous index between the last catch-up and the swap are copied too. The new index
     * already serves, so nothing here may undo the job: problems are logged and listed.
     */
    private void afterSwap(Plan plan, Instant caughtUp, ReindexProgress progress) {
        try {
            versions.refresh(plan.previous());
            copy.copy(plan.previous(), plan.target(), ingestedSince(caughtUp), ReindexProgress.uncounted(progress));
            versions.refresh(plan.target());
        } catch (IOException | RuntimeException e) {
            log.warn("The last catch-up from {} into {} failed: {}", plan.previous(), plan.target(), e.getMessage());
            progress.failure(plan.previous(), "the last catch-up after the swap failed: " + e.getMessage());
        }
        try {
            List<String> deleted = versions.prune(alias, plan.previous(), plan.target(), keepVersions);
            if (!deleted.isEmpty()) {
                log.info("Deleted old index versions {} (newsdesk.reindex.keep-versions={})", deleted, keepVersions);
            }
        } catch (IOException | RuntimeException e) {
            log.warn("Could not delete old index versions of {}: {}", alias, e.getMessage());
        }
    }

    private static Query ingestedSince(Instant since) {
        String from = since.minus(CATCH_UP_MARGIN).toString();
        return Query.of(q -> q.range(r -> r.date(d -> d.field("ingested_at").gte(from))));
    }

    private static void stopIfCancelled(ReindexProgress progress) {
        if (progress.cancelled() || Thread.currentThread().isInterrupted()) {
            throw new CancellationException("the reindex was cancelled");
        }
    }

    /** The ingest's running totals turned into the job's counts. */
    private static final class FileProgress implements IngestProgress {
        private final ReindexProgress progress;
        private long done;
        private long total;
        private long failed;

        FileProgress(ReindexProgress progress) {
            this.progress = progress;
        }

        @Override
        public void update(int done, int total, int failed, long elapsedMillis) {
            progress.found(total - this.total);
            progress.done(done - this.done);
            progress.failed(failed - this.failed);
            this.done = done;
            this.total = total;
            this.failed = failed;
        }
    }
}
