package dev.newsdesk.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class AdaptiveIntervalTest {

    private final SourcesProperties properties = new SourcesProperties(true, 2, Duration.ofSeconds(5), Duration.ofMinutes(1), 15,
            Duration.ofMinutes(2), 500);
    private final CrawlScheduler scheduler = new CrawlScheduler(null, null, properties, "test", Clock.systemUTC());

    @Test
    void aNewSourceStartsAtTheShortestWaitAndGrowsWhileNothingIsNew() {
        Source source = source(null, 15);

        Duration first = scheduler.nextWait(source, outcome(0));
        Duration second = scheduler.nextWait(source(first.toSeconds(), 15), outcome(0));

        assertThat(first).isEqualTo(Duration.ofSeconds(90));
        assertThat(second).isEqualTo(Duration.ofSeconds(135));
    }

    @Test
    void newArticlesHalveTheWaitDownToTheShortest() {
        assertThat(scheduler.nextWait(source(600L, 15), outcome(3))).isEqualTo(Duration.ofMinutes(5));
        assertThat(scheduler.nextWait(source(70L, 15), outcome(3))).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void theWaitNeverPassesTheSourcesInterval() {
        assertThat(scheduler.nextWait(source(800L, 15), outcome(0))).isEqualTo(Duration.ofMinutes(15));
        assertThat(scheduler.nextWait(source(null, 1), outcome(0))).as("interval below min-interval wins").isEqualTo(Duration.ofMinutes(1));
    }

    private static Source source(Long currentSeconds, int intervalMinutes) {
        return new Source("http://127.0.0.1/feed.xml", SourceKind.FEED, null, List.of(), intervalMinutes, SourceState.ACTIVE,
                Instant.EPOCH, List.of("http://127.0.0.1/feed.xml"), currentSeconds, null, null, null, null, null, null, null);
    }

    private static FetchOutcome outcome(int newArticles) {
        return new FetchOutcome("ok", List.of(), Map.of(), newArticles);
    }
}
