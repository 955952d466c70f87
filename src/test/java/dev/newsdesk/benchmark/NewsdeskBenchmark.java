package dev.newsdesk.benchmark;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.newsdesk.elasticsearch.RealElasticsearch;

/**
 * Runs every benchmark and rewrites BENCHMARKS.md at the repository root. Run by {@code mvn -B -Pbenchmark verify}
 * only: its name does not end in Test, so the normal test run leaves it out. Settings: see {@link BenchmarkSettings}.
 */
class NewsdeskBenchmark {

    private static final Logger log = LoggerFactory.getLogger(NewsdeskBenchmark.class);

    @Test
    void measuresEverythingAndWritesBenchmarksMd() throws Exception {
        BenchmarkSettings settings = BenchmarkSettings.fromSystemProperties();
        BenchmarkReport report = new BenchmarkRun(settings, RealElasticsearch::node).run();
        Path output = settings.repository().resolve(System.getProperty("benchmark.output", "BENCHMARKS.md"));
        report.write(output);
        log.info("Wrote {}", output);
    }
}
