package dev.newsdesk.ingest.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Cleaning must hide behind NER (about 0.2 MB/s): text dumps clean at more than 5 MB/s even on a busy machine. */
class CleaningSpeedTest {

    private static final double REQUIRED_MEGABYTES_PER_SECOND = 5;
    private static final int ROUNDS = 5;

    @Test
    void cleansTextDumpsFasterThanFiveMegabytesPerSecond() throws IOException {
        String dumps = seedsRepeatedToAboutFourMegabytes();
        TextDumpCleaner cleaner = new TextDumpCleaner();

        double best = 0;
        for (int round = 0; round < ROUNDS; round++) {
            long start = System.nanoTime();
            int paragraphs = cleaner.clean(dumps).paragraphs().size();
            double seconds = (System.nanoTime() - start) / 1e9;
            assertThat(paragraphs).isPositive();
            best = Math.max(best, dumps.length() / 1e6 / seconds);
        }

        System.out.printf("text-dump cleaning: %.1f MB/s (best of %d)%n", best, ROUNDS);
        assertThat(best).isGreaterThan(REQUIRED_MEGABYTES_PER_SECOND);
    }

    private static String seedsRepeatedToAboutFourMegabytes() throws IOException {
        StringBuilder seeds = new StringBuilder();
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            for (Path file : files.sorted().toList()) {
                seeds.append(TextDecoder.decode(Files.readAllBytes(file))).append('\n');
            }
        }
        StringBuilder dumps = new StringBuilder();
        // A number on each copy keeps its lines from being dropped as repeats, as distinct articles would be.
        for (int copy = 0; dumps.length() < 4_000_000; copy++) {
            dumps.append(seeds.toString().replace(". ", ". (" + copy + ") "));
        }
        return dumps.toString();
    }
}
