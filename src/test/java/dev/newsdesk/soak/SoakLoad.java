package dev.newsdesk.soak;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** The soak's clients, all at once, each on its own thread, for a set time. */
final class SoakLoad {

    private SoakLoad() {
    }

    /** Runs {@code clients} clients against the portal until {@code duration} has passed, recording into {@code log}. */
    static void run(URI portal, RequestMix mix, int clients, Duration duration, long seed, RequestLog log) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(clients);
        try {
            long deadline = System.nanoTime() + duration.toNanos();
            List<Future<?>> running = new ArrayList<>();
            for (int client = 0; client < clients; client++) {
                running.add(threads.submit(new SoakClient(portal, mix, seed + client, deadline, log)));
            }
            // A client ends at most one request timeout after the deadline; the margin is for a loaded machine.
            long waitSeconds = duration.plus(SoakClient.REQUEST_TIMEOUT).toSeconds() + 60;
            for (Future<?> client : running) {
                client.get(waitSeconds, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
