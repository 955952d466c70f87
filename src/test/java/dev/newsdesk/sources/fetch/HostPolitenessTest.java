package dev.newsdesk.sources.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.Test;

class HostPolitenessTest {

    private static final URI NEWS = URI.create("https://news.example.org/feed.xml");
    private static final URI OTHER = URI.create("https://other.example.org/feed.xml");
    /** Timers may fire a little early or late; the waits tested are long against this. */
    private static final Duration SLACK = Duration.ofMillis(30);

    private static HostPoliteness politeness(Duration hostDelay, int maxPerHost) {
        TestSettings settings = TestSettings.loopback();
        settings.hostDelay = hostDelay;
        settings.maxPerHost = maxPerHost;
        return new HostPoliteness(settings.properties());
    }

    @Test
    void spacesTwoRequestsToOneHostByTheHostDelay() throws InterruptedException {
        HostPoliteness politeness = politeness(Duration.ofMillis(300), 2);
        politeness.acquire(NEWS).close();

        long start = System.nanoTime();
        politeness.acquire(URI.create("https://news.example.org/other-page")).close();

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThan(Duration.ofMillis(300).minus(SLACK));
    }

    @Test
    void aLongerCrawlDelayOfTheHostWinsOverTheHostDelay() throws InterruptedException {
        HostPoliteness politeness = politeness(Duration.ofMillis(50), 2);
        politeness.acquire(NEWS, Duration.ofMillis(400)).close();

        long start = System.nanoTime();
        politeness.acquire(NEWS, Duration.ofMillis(400)).close();

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThan(Duration.ofMillis(400).minus(SLACK));
    }

    @Test
    void letsRequestsToDifferentHostsStartAtOnce() throws InterruptedException {
        HostPoliteness politeness = politeness(Duration.ofSeconds(10), 2);

        long start = System.nanoTime();
        politeness.acquire(NEWS).close();
        politeness.acquire(OTHER).close();
        politeness.acquire(URI.create("https://news.example.org:8443/")).close();

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void doesNotWaitWithoutAHostDelay() throws InterruptedException {
        HostPoliteness politeness = politeness(Duration.ZERO, 1);

        long start = System.nanoTime();
        for (int i = 0; i < 100; i++) {
            politeness.acquire(NEWS).close();
        }

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void letsNoMoreThanMaxPerHostRequestsBeInFlight() throws Exception {
        HostPoliteness politeness = politeness(Duration.ZERO, 2);
        HostPoliteness.Permit first = politeness.acquire(NEWS);
        politeness.acquire(NEWS);

        CompletableFuture<HostPoliteness.Permit> third = acquireElsewhere(politeness, NEWS);

        assertThat(completesWithin(third, Duration.ofMillis(200))).as("a third request while two are in flight").isFalse();
        assertThat(completesWithin(acquireElsewhere(politeness, OTHER), Duration.ofSeconds(1))).as("another host").isTrue();
        first.close();
        assertThat(completesWithin(third, Duration.ofSeconds(1))).as("once one of the two is done").isTrue();
    }

    @Test
    void closingAPermitTwiceReleasesItOnce() throws Exception {
        HostPoliteness politeness = politeness(Duration.ZERO, 1);
        HostPoliteness.Permit permit = politeness.acquire(NEWS);
        permit.close();
        HostPoliteness.Permit second = politeness.acquire(NEWS);

        permit.close();

        assertThat(completesWithin(acquireElsewhere(politeness, NEWS), Duration.ofMillis(200))).isFalse();
        second.close();
    }

    @Test
    void startsNoRequestBeforeABackOffEnds() throws InterruptedException {
        HostPoliteness politeness = politeness(Duration.ZERO, 2);
        politeness.backOff(NEWS, Duration.ofMillis(300));

        long start = System.nanoTime();
        politeness.acquire(NEWS).close();

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThan(Duration.ofMillis(300).minus(SLACK));
    }

    @Test
    void aBackOffHoldsOnlyItsHost() throws InterruptedException {
        HostPoliteness politeness = politeness(Duration.ZERO, 2);
        politeness.backOff(NEWS, Duration.ofSeconds(30));

        long start = System.nanoTime();
        politeness.acquire(OTHER).close();

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
    }

    private static CompletableFuture<HostPoliteness.Permit> acquireElsewhere(HostPoliteness politeness, URI url) {
        CompletableFuture<HostPoliteness.Permit> permit = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                permit.complete(politeness.acquire(url));
            } catch (InterruptedException e) {
                permit.completeExceptionally(e);
            }
        });
        thread.setDaemon(true);
        thread.start();
        return permit;
    }

    private static boolean completesWithin(CompletableFuture<?> future, Duration wait) throws InterruptedException, ExecutionException {
        try {
            future.get(wait.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        }
    }
}
