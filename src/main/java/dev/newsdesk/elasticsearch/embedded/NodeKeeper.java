package dev.newsdesk.elasticsearch.embedded;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the node's process. It starts it from a thread that lives as long as the node, because the kernel's
 * parent-death signal follows the thread that forked. Once the node has been up ({@link #watch}), it starts the node
 * again whenever it dies (killed, out of memory), after a pause that doubles from 2 s to a minute, so the portal
 * recovers from a lost node without a restart of its own. {@link #close} ends that.
 */
final class NodeKeeper {

    private static final Logger log = LoggerFactory.getLogger(NodeKeeper.class);
    private static final Duration FIRST_PAUSE = Duration.ofSeconds(2);
    private static final Duration LONGEST_PAUSE = Duration.ofMinutes(1);
    /** A node that ran this long before dying is restarted after the first pause again, not the last one. */
    private static final Duration STEADY = Duration.ofMinutes(5);

    private final ProcessBuilder builder;
    private final CompletableFuture<Process> first = new CompletableFuture<>();
    private volatile Process process;
    private volatile boolean watching;
    private volatile boolean closing;

    private NodeKeeper(ProcessBuilder builder) {
        this.builder = builder;
    }

    /** Starts the node's process and returns its keeper; fails if the process cannot be started at all. */
    static NodeKeeper launch(ProcessBuilder builder) {
        NodeKeeper keeper = new NodeKeeper(builder);
        Thread thread = new Thread(keeper::keep, "elasticsearch-node");
        thread.setDaemon(true);
        thread.start();
        try {
            keeper.first.get(1, TimeUnit.MINUTES);
            return keeper;
        } catch (ExecutionException e) {
            throw new EmbeddedNodeException("Elasticsearch could not be launched: " + e.getCause().getMessage() + ".",
                    "Check that setpriv (util-linux) is installed and the distribution is intact.", e.getCause());
        } catch (InterruptedException | TimeoutException e) {
            throw new EmbeddedNodeException("Elasticsearch did not launch.", "Try again.", e);
        }
    }

    /** The node's current process: a new one after each restart. */
    Process process() {
        return process;
    }

    /** From now on a node that dies is started again. Until then (during startup) a death is left to the caller to explain. */
    void watch() {
        watching = true;
    }

    /** Restarts no more; the caller stops the current process. */
    void close() {
        closing = true;
    }

    private void keep() {
        Duration pause = FIRST_PAUSE;
        while (true) {
            Process started;
            try {
                started = builder.start();
            } catch (IOException e) {
                if (!first.completeExceptionally(e)) {
                    log.error("Embedded Elasticsearch could not be started again: {}", e.getMessage());
                }
                return;
            }
            process = started;
            first.complete(started);
            long startedAt = System.nanoTime();
            int status;
            try {
                status = started.waitFor();
            } catch (InterruptedException e) {
                return;
            }
            if (closing || !watching) {
                return;
            }
            if (System.nanoTime() - startedAt > STEADY.toNanos()) {
                pause = FIRST_PAUSE;
            }
            log.warn("Embedded Elasticsearch (pid {}) stopped unexpectedly with status {}; starting it again in {} s",
                    started.pid(), status, pause.toSeconds());
            try {
                Thread.sleep(pause.toMillis());
            } catch (InterruptedException e) {
                return;
            }
            if (closing) {
                return;
            }
            pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
        }
    }
}
