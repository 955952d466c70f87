package dev.newsdesk.sources;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Fetches every active source when it is due, {@code workers} at a time. Several crawlers (portals and {@code crawl}
 * processes on one cluster) share the sources: each fetch holds a {@link Lease}, so no source is fetched by two at
 * once, and the sources of a crawler that died are taken over once its leases run out. Leases are renewed from a
 * thread of their own every quarter of the lease timeout, so a slow step of a fetch (a large page, the first use of the
 * entity models) never lets one lapse while its crawler lives. The wait after a fetch adapts:
 * halved after new articles, half as long again after none, between {@code min-interval} and the source's interval.
 */
public class CrawlScheduler implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(CrawlScheduler.class);

    private final SourceStore store;
    private final SourceFetch fetch;
    private final SourcesProperties properties;
    private final String owner;
    private final Clock clock;
    private final Semaphore free;
    private final Object wake = new Object();
    private final Set<Lease> held = ConcurrentHashMap.newKeySet();
    private ExecutorService workers;
    private ScheduledExecutorService renewals;
    private Thread loop;
    private volatile boolean running;
    private volatile boolean woken;

    CrawlScheduler(SourceStore store, SourceFetch fetch, SourcesProperties properties, String owner, Clock clock) {
        this.store = store;
        this.fetch = fetch;
        this.properties = properties;
        this.owner = owner;
        this.clock = clock;
        this.free = new Semaphore(properties.workers());
    }

    /** Who holds this crawler's leases. */
    public String owner() {
        return owner;
    }

    /** Looks for due sources now rather than at the next poll (a source was added or asked to be fetched). */
    public void wake() {
        synchronized (wake) {
            woken = true;
            wake.notifyAll();
        }
    }

    @Override
    public synchronized void start() {
        if (running || !properties.crawl()) {
            return;
        }
        running = true;
        workers = Executors.newFixedThreadPool(properties.workers(), runnable -> {
            Thread thread = new Thread(runnable, "source-fetch");
            thread.setDaemon(true);
            return thread;
        });
        renewals = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "source-lease-renewal");
            thread.setDaemon(true);
            return thread;
        });
        long every = Math.max(100, properties.leaseTimeout().toMillis() / 4);
        renewals.scheduleWithFixedDelay(this::renewLeases, every, every, TimeUnit.MILLISECONDS);
        loop = new Thread(this::schedule, "source-scheduler");
        loop.setDaemon(true);
        loop.start();
        log.info("Crawling sources as {} with {} workers", owner, properties.workers());
    }

    @Override
    public synchronized void stop() {
        if (!running) {
            return;
        }
        running = false;
        loop.interrupt();
        renewals.shutdownNow();
        workers.shutdownNow();
        try {
            workers.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void schedule() {
        Duration backoff = properties.pollInterval();
        while (running) {
            try {
                dispatchDue();
                backoff = properties.pollInterval();
                pause(properties.pollInterval());
            } catch (InterruptedException e) {
                return;
            } catch (IOException | RuntimeException e) {
                log.warn("Cannot read the sources ({}); trying again in {} s", e.getMessage(), backoff.toSeconds());
                try {
                    pause(backoff);
                } catch (InterruptedException stopped) {
                    return;
                }
                backoff = backoff.multipliedBy(2).compareTo(Duration.ofMinutes(1)) > 0 ? Duration.ofMinutes(1) : backoff.multipliedBy(2);
            }
        }
    }

    private void dispatchDue() throws IOException, InterruptedException {
        int available = free.availablePermits();
        if (available == 0) {
            return;
        }
        List<Source.Stored> due = store.due(clock.instant(), available * 2);
        for (Source.Stored source : due) {
            if (!free.tryAcquire()) {
                return;
            }
            Optional<Lease> lease = Lease.take(store, source, owner, properties.leaseTimeout(), clock);
            if (lease.isEmpty()) {
                free.release(); // another crawler was quicker
                continue;
            }
            held.add(lease.get());
            workers.execute(() -> {
                try {
                    run(source.source(), lease.get());
                } finally {
                    held.remove(lease.get());
                    free.release();
                    wake();
                }
            });
        }
    }

    private void run(Source source, Lease lease) {
        try {
            FetchOutcome outcome = fetch.run(lease.sourceId(), source, lease);
            lease.finish(outcome, nextWait(source, outcome));
            log.info("Fetched source {} ({}): {}", lease.sourceId(), source.url(), outcome.status());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException e) {
            log.warn("Fetching source {} ({}) failed: {}", lease.sourceId(), source.url(), e.toString());
        }
    }

    private void renewLeases() {
        for (Lease lease : held) {
            try {
                lease.keep();
            } catch (IOException | RuntimeException e) {
                log.warn("Cannot renew the lease on source {} ({}); trying again shortly", lease.sourceId(), e.getMessage());
            }
        }
    }

    /** Halved after new articles, half as long again after none, within [min-interval, the source's interval]. */
    Duration nextWait(Source source, FetchOutcome outcome) {
        Duration max = source.interval();
        Duration min = properties.minInterval().compareTo(max) < 0 ? properties.minInterval() : max;
        Duration current = source.currentIntervalSeconds() == null ? min : Duration.ofSeconds(source.currentIntervalSeconds());
        Duration next = outcome.newArticles() > 0 ? current.dividedBy(2) : current.plus(current.dividedBy(2));
        if (next.compareTo(min) < 0) {
            return min;
        }
        return next.compareTo(max) > 0 ? max : next;
    }

    private void pause(Duration duration) throws InterruptedException {
        synchronized (wake) {
            if (!woken) {
                wake.wait(Math.max(1, duration.toMillis()));
            }
            woken = false;
        }
    }
}
