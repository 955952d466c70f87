package dev.newsdesk.soak;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How a soak is set up; the soak command reads it from system properties ({@code -Dsoak.minutes=10 -Dsoak.clients=16}).
 *
 * @param duration how long the clients run ({@code soak.minutes}, 10; fractions are fine for a try-out)
 * @param warmup how long the same clients run before, with the ingest going, so the measured minutes find the portal's
 *               code compiled ({@code soak.warmupSeconds}, 60; under load the JIT compiler of a freshly started portal
 *               was seen busy for a minute and more); its requests are counted apart, and its errors are errors
 * @param clients how many closed-loop clients run at once ({@code soak.clients}, 16)
 * @param seed the corpus generator's and the clients' seed ({@code soak.seed}, 42)
 * @param firstArticles the articles ingested before the clients start ({@code soak.firstArticles}, 2,000)
 * @param batchArticles the articles of each ingest run during the soak, one after the other until it ends
 * @param users the accounts made for the soak, each with {@code savedSearchesPerUser} saved searches whose feeds are read
 * @param repository the project's root: where the jar is and the report goes
 * @param workDirectory logs of the portal and of every ingest run, and the generated corpus while the soak runs
 * @param report the report written ({@code soak.output}, {@code SOAK.md} at the root)
 */
record SoakSettings(
        Duration duration,
        Duration warmup,
        int clients,
        long seed,
        int firstArticles,
        int batchArticles,
        int users,
        int savedSearchesPerUser,
        Path repository,
        Path jar,
        Path workDirectory,
        Path report) {

    /** The soak: what a run must at least last, with as many clients, to be more than a short try-out. */
    static final Duration FULL_DURATION = Duration.ofMinutes(10);
    static final int FULL_CLIENTS = 16;
    /** The heap is read this long after the start and before the end, or at a quarter and three quarters of a shorter run. */
    private static final Duration HEAP_SAMPLE_MARGIN = Duration.ofSeconds(30);

    static SoakSettings fromSystemProperties() {
        Path repository = Path.of(System.getProperty("soak.repository", System.getProperty("user.dir"))).toAbsolutePath();
        double minutes = Double.parseDouble(System.getProperty("soak.minutes", "10"));
        return new SoakSettings(
                Duration.ofMillis(Math.round(minutes * 60_000)),
                Duration.ofSeconds(Long.getLong("soak.warmupSeconds", 60)),
                Integer.getInteger("soak.clients", FULL_CLIENTS),
                Long.getLong("soak.seed", 42),
                Integer.getInteger("soak.firstArticles", 2_000),
                1_000,
                4,
                3,
                repository,
                repository.resolve("target/newsdesk.jar"),
                repository.resolve("target/soak"),
                repository.resolve(System.getProperty("soak.output", "SOAK.md")));
    }

    /** When the first heap sample is taken, counted from the clients' start: within the first minute. */
    Duration firstHeapSample() {
        Duration quarter = duration.dividedBy(4);
        return quarter.compareTo(HEAP_SAMPLE_MARGIN) < 0 ? quarter : HEAP_SAMPLE_MARGIN;
    }

    /** When the last heap sample is taken: within the last minute. */
    Duration lastHeapSample() {
        return duration.minus(firstHeapSample());
    }
}
