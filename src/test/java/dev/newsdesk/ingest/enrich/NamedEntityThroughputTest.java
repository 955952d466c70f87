package dev.newsdesk.ingest.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

/**
 * Prints how fast the shared recognizer reads the seeds on one thread and on all cores (for the lead, not asserted),
 * and checks that threads sharing it find exactly what one thread finds.
 */
class NamedEntityThroughputTest {

    private static final long MEASURE_NANOS = 2_000_000_000L;

    private final NamedEntityRecognizer recognizer = new NamedEntityRecognizer();
    private final List<String> paragraphs = SeedArticles.fileNames().stream()
            .flatMap(name -> SeedArticles.read(name).paragraphs().stream()).toList();
    private final long characters = paragraphs.stream().mapToLong(String::length).sum();

    @Test
    void recognizesTheSameEntitiesOnSharedThreadsAndPrintsThroughput() throws Exception {
        List<List<EntityMention>> alone = recognizeAll();
        recognizeFor(MEASURE_NANOS / 2); // warm-up
        double oneThread = recognizeFor(MEASURE_NANOS);

        int threads = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<List<EntityMention>>>> shared = new ArrayList<>();
            for (int thread = 0; thread < threads; thread++) {
                shared.add(pool.submit(this::recognizeAll));
            }
            for (Future<List<List<EntityMention>>> result : shared) {
                assertThat(result.get()).isEqualTo(alone);
            }
            List<Future<Double>> rates = new ArrayList<>();
            for (int thread = 0; thread < threads; thread++) {
                rates.add(pool.submit(() -> recognizeFor(MEASURE_NANOS)));
            }
            double allThreads = 0;
            for (Future<Double> rate : rates) {
                allThreads += rate.get();
            }
            System.out.printf("NER throughput on the seeds (%d chars): %,.0f chars/s on 1 thread, %,.0f chars/s on %d threads%n",
                    characters, oneThread, allThreads, threads);
        } finally {
            pool.shutdownNow();
        }
    }

    private List<List<EntityMention>> recognizeAll() {
        return paragraphs.stream().map(recognizer::recognize).toList();
    }

    /** Characters per second recognized during about the given time. */
    private double recognizeFor(long nanos) {
        long start = System.nanoTime();
        long read = 0;
        while (System.nanoTime() - start < nanos) {
            recognizeAll();
            read += characters;
        }
        return read * 1e9 / (System.nanoTime() - start);
    }
}
