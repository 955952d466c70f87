package dev.newsdesk.reindex;

import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Service;

import dev.newsdesk.elasticsearch.Cluster;
import dev.newsdesk.elasticsearch.IndexSetup;
import dev.newsdesk.elasticsearch.IndexVersions;
import dev.newsdesk.ingest.IngestedPaths;

/**
 * Runs reindex jobs one at a time in the background and keeps their state in Elasticsearch: starts, cancels, rolls
 * back. A job whose app died (a crash, a kill) is found by its stale heartbeat, or at once on an embedded node that
 * only this app uses; its partial index is removed and it is recorded as failed.
 */
@Service
@ConditionalOnWebApplication
public class ReindexJobs implements InitializingBean, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ReindexJobs.class);
    static final Duration HEARTBEAT = Duration.ofSeconds(2);
    /** A running job whose heartbeat is older than this has lost its app. */
    static final Duration LEASE = Duration.ofSeconds(30);
    private static final Duration SWEEP = Duration.ofSeconds(10);
    private static final Duration STOP_WAIT = Duration.ofSeconds(30);
    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final Reindexer reindexer;
    private final ReindexJobStore store;
    private final IndexVersions versions;
    private final IngestedPaths ingestedPaths;
    private final IndexSetup indexSetup;
    private final boolean clusterOfOurOwn;
    private final Clock clock = Clock.systemUTC();
    private final String owner = UUID.randomUUID().toString();
    private final SecureRandom random = new SecureRandom();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "reindex-timer");
        thread.setDaemon(true);
        return thread;
    });
    private final Object lock = new Object();
    private RunningJob running;
    private Thread worker;

    ReindexJobs(Reindexer reindexer, ReindexJobStore store, IndexVersions versions, IngestedPaths ingestedPaths,
                IndexSetup indexSetup, Cluster cluster) {
        this.reindexer = reindexer;
        this.store = store;
        this.versions = versions;
        this.ingestedPaths = ingestedPaths;
        this.indexSetup = indexSetup;
        // The embedded node has one app (the ingest command that joins it runs no jobs): another owner's job is dead.
        this.clusterOfOurOwn = cluster.mode() == Cluster.Mode.EMBEDDED;
    }

    @Override
    public void afterPropertiesSet() {
        timer.scheduleWithFixedDelay(this::sweep, 0, SWEEP.toMillis(), TimeUnit.MILLISECONDS);
        timer.scheduleWithFixedDelay(this::heartbeat, HEARTBEAT.toMillis(), HEARTBEAT.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The alias every job rebuilds. */
    public String alias() {
        return reindexer.alias();
    }

    /** Starts a job in the background; a {@link ReindexConflict} if one is running already. */
    public ReindexJob start(ReindexJob.Origin source, String startedBy) throws IOException {
        synchronized (lock) {
            refuseWhileRunning();
            List<Path> paths = source == ReindexJob.Origin.FILES ? ingestedPaths.all() : List.of();
            if (source == ReindexJob.Origin.FILES && paths.isEmpty()) {
                throw new ReindexConflict("No directory has been ingested yet, so there are no files to read again: reindex from the index instead.", null);
            }
            Reindexer.Plan plan = reindexer.plan(source, paths);
            Instant now = clock.instant();
            ReindexJob job = new ReindexJob(newId(now), source, ReindexJob.State.RUNNING, 0, 0, 0, plan.target(), plan.previous(),
                    now, null, now, owner, startedBy, null, List.of());
            store.save(job, true);
            RunningJob live = new RunningJob(job);
            Thread thread = new Thread(() -> execute(live, plan), "reindex-" + job.id());
            live.runOn(thread);
            running = live;
            worker = thread;
            thread.start();
            log.info("Reindex job {} started by {}: {} into {} while {} serves", job.id(), startedBy, source.parameter(), plan.target(), plan.previous());
            return job;
        }
    }

    /** The job, live while this app runs it. */
    public Optional<ReindexJob> find(String id) throws IOException {
        RunningJob live = live(id);
        return live != null ? Optional.of(live.snapshot(clock.instant())) : store.find(id);
    }

    /** The job this app is running, if any. */
    public Optional<ReindexJob> running() {
        synchronized (lock) {
            return running == null ? Optional.empty() : Optional.of(running.snapshot(clock.instant()));
        }
    }

    /** The latest jobs, newest first, the running one live. */
    public List<ReindexJob> recent(int count) throws IOException {
        Optional<ReindexJob> live = running();
        List<ReindexJob> jobs = new ArrayList<>();
        for (ReindexJob job : store.recent(count)) {
            jobs.add(live.filter(l -> l.id().equals(job.id())).orElse(job));
        }
        return jobs;
    }

    /** Asks the running job to stop and waits a little for it to clean up; answers how it stands then. */
    public ReindexJob cancel(String id) throws IOException, InterruptedException {
        RunningJob live;
        Thread thread;
        synchronized (lock) {
            live = live(id);
            thread = worker;
        }
        if (live == null) {
            ReindexJob stored = store.find(id).orElseThrow(() -> new JobNotFound(id));
            throw new ReindexConflict(stored.running() ? "Job " + id + " runs in another Newsdesk app on this cluster: cancel it there."
                    : "Job " + id + " is not running: it " + stored.state().parameter() + ".", null);
        }
        if (!live.requestCancel()) {
            throw new ReindexConflict("Job " + id + " can no longer be cancelled: the alias is already moving to its index.", id);
        }
        thread.join(STOP_WAIT.toMillis());
        return find(id).orElseThrow(() -> new JobNotFound(id));
    }

    /** Moves the alias back to the newest older version in one step; answers where it points now. */
    public Rollback rollback() throws IOException {
        synchronized (lock) {
            refuseWhileRunning();
            String current = versions.current(alias());
            String previous = versions.previous(alias()).orElseThrow(() -> new ReindexConflict(
                    "There is no previous version to roll back to: " + current + " is the only one kept.", null));
            versions.swap(alias(), current, previous);
            log.info("Rolled the alias {} back from {} to {}", alias(), current, previous);
            return new Rollback(alias(), previous, current);
        }
    }

    /** Where a rollback moved the alias, and from where. */
    public record Rollback(String alias, String target, String previous) {
    }

    private void refuseWhileRunning() throws IOException {
        if (running != null) {
            throw new ReindexConflict("A reindex is already running: job " + running.id() + ".", running.id());
        }
        for (ReindexJob other : store.running()) {
            if (!dead(other)) {
                throw new ReindexConflict("A reindex is already running in another Newsdesk app on this cluster: job " + other.id() + ".", other.id());
            }
        }
    }

    private void execute(RunningJob job, Reindexer.Plan plan) {
        ReindexJob.State state = ReindexJob.State.SUCCEEDED;
        String error = null;
        try {
            reindexer.run(plan, job);
        } catch (CancellationException e) {
            state = ReindexJob.State.CANCELLED;
            error = "Cancelled";
        } catch (IOException | RuntimeException | Error e) {
            // Errors too (out of memory, say): the job must end, or no other could ever start.
            state = job.cancelled() ? ReindexJob.State.CANCELLED : ReindexJob.State.FAILED;
            error = state == ReindexJob.State.CANCELLED ? "Cancelled" : message(e);
            if (state == ReindexJob.State.FAILED) {
                log.warn("Reindex job {} failed: {}", job.id(), error, e);
            }
        }
        // An interrupt meant for the work must not break the clean-up's requests.
        Thread.interrupted();
        if (state != ReindexJob.State.SUCCEEDED) {
            state = removePartial(plan, state);
            error = state == ReindexJob.State.SUCCEEDED ? null
                    : "%s: %s kept serving and %s was removed.".formatted(error, plan.previous(), plan.target());
        }
        finish(job, state, error);
    }

    /** Removes a failed job's index, unless the alias moved to it after all (then the job succeeded). */
    private ReindexJob.State removePartial(Reindexer.Plan plan, ReindexJob.State state) {
        try {
            return reindexer.abandon(plan) ? ReindexJob.State.SUCCEEDED : state;
        } catch (IOException | RuntimeException e) {
            log.warn("Could not remove the partial index {}: {}", plan.target(), e.getMessage());
            return state;
        }
    }

    private void finish(RunningJob job, ReindexJob.State state, String error) {
        Instant now = clock.instant();
        ReindexJob last = job.snapshot(now).ended(state, now, error);
        synchronized (job.saving) {
            job.finish();
            try {
                store.save(last, true);
            } catch (IOException | RuntimeException e) {
                log.warn("Could not record the end of reindex job {} ({}): {}", job.id(), state, e.getMessage());
            }
        }
        synchronized (lock) {
            if (running == job) {
                running = null;
                worker = null;
            }
        }
        log.info("Reindex job {} {}{}", job.id(), state.parameter(), error == null ? "" : ": " + error);
    }

    /** Saves the running job's progress, which also tells other apps (and a restarted one) that it is alive. */
    private void heartbeat() {
        RunningJob job;
        synchronized (lock) {
            job = running;
        }
        if (job == null) {
            return;
        }
        synchronized (job.saving) {
            if (job.finished()) {
                return;
            }
            try {
                store.save(job.snapshot(clock.instant()), false);
            } catch (IOException | RuntimeException e) {
                log.debug("Could not save the progress of reindex job {}: {}", job.id(), e.getMessage());
            }
        }
    }

    /** Finds jobs recorded as running whose app is gone, removes their partial index and records them as failed. */
    private void sweep() {
        if (!indexSetup.done()) {
            return;
        }
        try {
            for (ReindexJob job : store.running()) {
                if (live(job.id()) == null && dead(job)) {
                    recover(job);
                }
            }
        } catch (IOException | RuntimeException e) {
            log.debug("Could not look for abandoned reindex jobs: {}", e.getMessage());
        }
    }

    private boolean dead(ReindexJob job) {
        if (owner.equals(job.owner())) {
            return live(job.id()) == null;
        }
        return clusterOfOurOwn || job.heartbeatAt() == null || job.heartbeatAt().isBefore(clock.instant().minus(LEASE));
    }

    private void recover(ReindexJob job) throws IOException {
        Instant now = clock.instant();
        if (job.target().equals(versions.current(alias()))) {
            store.save(job.ended(ReindexJob.State.SUCCEEDED, now, null), true);
            log.info("Reindex job {} had moved the alias to {} before its app stopped: recorded as succeeded", job.id(), job.target());
            return;
        }
        versions.delete(job.target());
        store.save(job.ended(ReindexJob.State.FAILED, now, "The app stopped while the job ran (it crashed or was killed): %s kept serving and the partial index %s was removed."
                .formatted(job.previous(), job.target())), true);
        log.warn("Reindex job {} lost its app: removed its partial index {}; {} keeps serving", job.id(), job.target(), job.previous());
    }

    private RunningJob live(String id) {
        synchronized (lock) {
            return running != null && running.id().equals(id) ? running : null;
        }
    }

    private String newId(Instant now) {
        byte[] suffix = new byte[2];
        random.nextBytes(suffix);
        return ID_TIME.format(now) + "-" + HexFormat.of().formatHex(suffix);
    }

    private static String message(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    /** Stops the timers; a running job is cancelled and given time to remove its partial index. */
    @Override
    public void destroy() throws InterruptedException {
        timer.shutdownNow();
        RunningJob job;
        Thread thread;
        synchronized (lock) {
            job = running;
            thread = worker;
        }
        if (job != null) {
            log.info("The app is stopping: cancelling reindex job {}", job.id());
            job.requestCancel();
            thread.join(STOP_WAIT.toMillis());
        }
    }
}
