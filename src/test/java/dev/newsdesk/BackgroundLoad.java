package dev.newsdesk;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Worker threads that repeat a task until stopped, as searches or writes that go on while a test does something
 * else: counts the turns taken and the failures, and keeps the first failure's description.
 * <p>
 * A turn that throws counts as a turn and a failure, and the worker goes on; an {@link InterruptedException}, or
 * a turn that leaves its thread interrupted, ends the worker. A task reports failures it does not throw for with {@link #fail}.
 */
public final class BackgroundLoad implements AutoCloseable {

    /** One turn of one worker: {@code worker} from 0, {@code turn} from 0 for each worker. */
    @FunctionalInterface
    public interface Task {
        void run(int worker, long turn) throws Exception;
    }

    private final String name;
    private final Duration joinTimeout;
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final AtomicLong turns = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();
    private final AtomicReference<String> firstFailure = new AtomicReference<>();
    private final List<Thread> workers = new ArrayList<>();

    /** A load whose threads are called {@code name-0}, {@code name-1} ...; closing it waits up to {@code joinTimeout} for each. */
    public BackgroundLoad(String name, Duration joinTimeout) {
        this.name = name;
        this.joinTimeout = joinTimeout;
    }

    /** Starts {@code workers} daemon threads that each run {@code task} turn after turn until the load is stopped. */
    public synchronized BackgroundLoad start(int workers, Task task) {
        if (!this.workers.isEmpty()) {
            throw new IllegalStateException(name + " is already started");
        }
        for (int i = 0; i < workers; i++) {
            int worker = i;
            Thread thread = new Thread(() -> repeatUntilStopped(worker, task), name + "-" + i);
            thread.setDaemon(true);
            this.workers.add(thread);
            thread.start();
        }
        return this;
    }

    private void repeatUntilStopped(int worker, Task task) {
        for (long turn = 0; !stopped.get() && !Thread.currentThread().isInterrupted(); turn++) {
            try {
                task.run(worker, turn);
                turns.incrementAndGet();
            } catch (InterruptedException e) {
                return;
            } catch (Exception e) {
                turns.incrementAndGet();
                fail(e.toString());
            }
        }
    }

    /** Counts a failure; the first one's description is kept. */
    public void fail(String description) {
        failures.incrementAndGet();
        firstFailure.compareAndSet(null, description);
    }

    /** Lets each worker finish its turn and take no other; does not wait for them (closing does). */
    public void stop() {
        stopped.set(true);
    }

    public boolean stopped() {
        return stopped.get();
    }

    /** Turns taken so far, those that failed included. */
    public long turns() {
        return turns.get();
    }

    public long failures() {
        return failures.get();
    }

    /** What went wrong first, or null while nothing has. */
    public String firstFailure() {
        return firstFailure.get();
    }

    /** Stops the load and waits for each worker to finish its turn. */
    @Override
    public void close() throws InterruptedException {
        stop();
        List<Thread> started;
        synchronized (this) {
            started = List.copyOf(workers);
        }
        for (Thread worker : started) {
            worker.join(joinTimeout.toMillis());
        }
    }
}
