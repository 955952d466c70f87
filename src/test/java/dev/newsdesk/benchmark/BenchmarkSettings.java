package dev.newsdesk.benchmark;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import dev.newsdesk.elasticsearch.Indices;

/**
 * How a benchmark run is set up; the benchmark command reads it from system properties ({@code -Dbenchmark.sizes=1000,10000,100000}).
 *
 * @param alias the alias the corpus is indexed behind; {@code articles} (the app's) for the real run
 * @param warmup thrown-away load before each measured run
 * @param targetWarmup thrown-away load (4 clients) on each search target once, before its first run, so a freshly
 *                     started portal is measured with its code compiled, as Elasticsearch is (under load its JIT
 *                     compiler was seen busy on one core for minutes after start, hence a minute by default)
 * @param rounds how many times the targets take turns at each concurrency; each target's rounds are pooled
 * @param projectCode whether to run the ingest stages and reindex jobs plugged in through {@link BenchmarkTargets};
 *                    {@code -Dbenchmark.ingest=false} leaves them out, for a quick run of the search benchmark alone
 * @param ingestUpTo the largest corpus the ingest stages run on ({@code -Dbenchmark.ingestUpTo}, 10k by default): they
 *                   are bound by entity recognition, so at 100k they would take well over an hour; larger corpora
 *                   still get the ceiling, the search rows and the {@code index} reindex
 * @param crawlArticles the articles the crawl benchmark fetches from 100 loopback outlets ({@code -Dbenchmark.crawl},
 *                      10,000 by default; 0 leaves the crawl out)
 */
record BenchmarkSettings(
        List<Integer> sizes,
        long seed,
        List<Integer> clients,
        Duration warmup,
        Duration targetWarmup,
        Duration searchDuration,
        int rounds,
        int maxRequestsPerRun,
        int queryMixSize,
        String alias,
        Path repository,
        Path jar,
        Path workDirectory,
        boolean footprint,
        boolean portal,
        boolean projectCode,
        int ingestUpTo,
        int crawlArticles) {

    static BenchmarkSettings fromSystemProperties() {
        Path repository = Path.of(System.getProperty("benchmark.repository", System.getProperty("user.dir"))).toAbsolutePath();
        return new BenchmarkSettings(
                integers(System.getProperty("benchmark.sizes", "1000,10000")),
                Long.getLong("benchmark.seed", 42),
                integers(System.getProperty("benchmark.clients", "1,4,16")),
                Duration.ofSeconds(Long.getLong("benchmark.warmupSeconds", 3)),
                Duration.ofSeconds(Long.getLong("benchmark.targetWarmupSeconds", 60)),
                Duration.ofSeconds(Long.getLong("benchmark.searchSeconds", 8)),
                Integer.getInteger("benchmark.rounds", 3),
                Integer.getInteger("benchmark.maxRequests", 20_000),
                200,
                Indices.ARTICLES,
                repository,
                repository.resolve(System.getProperty("benchmark.jar", "target/newsdesk.jar")),
                repository.resolve("target/benchmark"),
                Boolean.parseBoolean(System.getProperty("benchmark.footprint", "true")),
                Boolean.parseBoolean(System.getProperty("benchmark.portal", "true")),
                Boolean.parseBoolean(System.getProperty("benchmark.ingest", "true")),
                Integer.getInteger("benchmark.ingestUpTo", 10_000),
                Integer.getInteger("benchmark.crawl", 10_000));
    }

    private static List<Integer> integers(String list) {
        return Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> Integer.parseInt(s.replace("_", ""))).toList();
    }
}
