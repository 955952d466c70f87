package dev.newsdesk.reindex;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The live state of the job this app is running: counts the worker updates, the failures it lists, and whether an
 * admin asked it to stop. The worker thread is interrupted on cancel, so a long read of files stops early too.
 */
final class RunningJob implements ReindexProgress {

    static final int LISTED_FAILURES = 100;

    /** Held while the job's state is saved, so a late progress save never lands after the final one. */
    final Object saving = new Object();
    private final ReindexJob started;
    private final AtomicLong total = new AtomicLong();
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final List<ReindexJob.Failure> failures = new ArrayList<>();
    private Thread worker;
    private boolean cancelRequested;
    private boolean committed;
    private boolean finished;

    RunningJob(ReindexJob started) {
        this.started = started;
    }

    String id() {
        return started.id();
    }

    synchronized void runOn(Thread thread) {
        this.worker = thread;
    }

    /** Asks the job to stop; false once the alias is moving, when it is too late. */
    synchronized boolean requestCancel() {
        if (committed) {
            return false;
        }
        cancelRequested = true;
        if (worker != null) {
            worker.interrupt();
        }
        return true;
    }

    @Override
    public synchronized boolean commit() {
        if (cancelRequested) {
            return false;
        }
        committed = true;
        return true;
    }

    @Override
    public synchronized boolean cancelled() {
        return cancelRequested;
    }

    @Override
    public void found(long count) {
        total.addAndGet(count);
    }

    @Override
    public void done(long count) {
        done.addAndGet(count);
    }

    @Override
    public void failed(long count) {
        failed.addAndGet(count);
    }

    @Override
    public synchronized void failure(String item, String reason) {
        if (failures.size() < LISTED_FAILURES) {
            failures.add(new ReindexJob.Failure(item, reason));
        }
    }

    /** The job as it stands, still running. */
    synchronized ReindexJob snapshot(Instant now) {
        return new ReindexJob(started.id(), started.source(), ReindexJob.State.RUNNING, done.get(), total.get(),
                failed.get(), started.target(), started.previous(), started.startedAt(), null, now, started.owner(),
                started.startedBy(), null, List.copyOf(failures));
    }

    /** Marks the job finished, so a late progress save cannot bring it back to life. */
    synchronized void finish() {
        finished = true;
    }

    synchronized boolean finished() {
        return finished;
    }
}
