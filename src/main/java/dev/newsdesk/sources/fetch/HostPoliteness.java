package dev.newsdesk.sources.fetch;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Spaces the crawler's requests to each host ({@code host:port}): at most {@code maxPerHost} in flight, starts at
 * least {@code hostDelay} apart, and none while the host asked to be left alone (Retry-After). Thread-safe.
 */
public class HostPoliteness {

    /** The longest back-off honoured, so a Retry-After of a year does not drop a source for good. */
    static final Duration MAX_BACK_OFF = Duration.ofHours(1);
    /** The longest robots.txt Crawl-delay honoured, so a site cannot slow a source to one page a day. */
    public static final Duration MAX_CRAWL_DELAY = Duration.ofMinutes(1);
    /** Hosts remembered before the ones with nothing to remember (idle, no wait pending) are forgotten. */
    private static final int PRUNE_ABOVE = 1_000;

    private final long delayNanos;
    private final int maxPerHost;
    private final Map<String, Host> hosts = new HashMap<>();

    public HostPoliteness(FetchProperties properties) {
        this.delayNanos = properties.hostDelay().toNanos();
        this.maxPerHost = properties.maxPerHost();
    }

    /** A request to a host in flight: closing it lets the next one start. */
    public interface Permit extends AutoCloseable {
        @Override
        void close();
    }

    private static final class Host {
        int inFlight;
        long nextStartNanos;
        long backOffUntilNanos;

        long earliestStart() {
            return Math.max(nextStartNanos, backOffUntilNanos);
        }
    }

    /** Waits until a request to the URL's host may start, and counts it in flight until the permit is closed. */
    public Permit acquire(URI url) throws InterruptedException {
        return acquire(url, Duration.ZERO);
    }

    /**
     * As {@link #acquire(URI)}, with the next request to the host starting at least {@code hostAsked} later when that
     * is longer than the host delay (a robots.txt {@code Crawl-delay}; at most {@link #MAX_CRAWL_DELAY}).
     */
    public Permit acquire(URI url, Duration hostAsked) throws InterruptedException {
        long asked = hostAsked == null || hostAsked.isNegative() ? 0
                : (hostAsked.compareTo(MAX_CRAWL_DELAY) > 0 ? MAX_CRAWL_DELAY : hostAsked).toNanos();
        long spacing = Math.max(delayNanos, asked);
        String key = key(url);
        synchronized (this) {
            while (true) {
                Host host = hosts.computeIfAbsent(key, k -> new Host());
                long now = System.nanoTime();
                long wait = host.earliestStart() - now;
                if (host.inFlight < maxPerHost && wait <= 0) {
                    host.inFlight++;
                    host.nextStartNanos = now + spacing;
                    return release(key);
                }
                if (host.inFlight >= maxPerHost) {
                    wait(); // a release notifies
                } else {
                    TimeUnit.NANOSECONDS.timedWait(this, wait);
                }
            }
        }
    }

    /** No request to the URL's host starts before {@code wait} from now (at most an hour). */
    public void backOff(URI url, Duration wait) {
        if (wait == null || wait.isNegative() || wait.isZero()) {
            return;
        }
        long until = System.nanoTime() + (wait.compareTo(MAX_BACK_OFF) > 0 ? MAX_BACK_OFF : wait).toNanos();
        synchronized (this) {
            Host host = hosts.computeIfAbsent(key(url), k -> new Host());
            host.backOffUntilNanos = Math.max(host.backOffUntilNanos, until);
        }
    }

    private Permit release(String key) {
        AtomicBoolean closed = new AtomicBoolean();
        return () -> {
            if (closed.compareAndSet(false, true)) {
                synchronized (this) {
                    hosts.get(key).inFlight--;
                    pruneIdle();
                    notifyAll();
                }
            }
        };
    }

    private void pruneIdle() {
        if (hosts.size() > PRUNE_ABOVE) {
            long now = System.nanoTime();
            hosts.values().removeIf(host -> host.inFlight == 0 && host.earliestStart() - now <= 0);
        }
    }

    static String key(URI url) {
        String host = url.getHost() == null ? String.valueOf(url.getAuthority()) : url.getHost();
        return host.toLowerCase(Locale.ROOT) + ":" + AddressGuard.port(url);
    }
}
