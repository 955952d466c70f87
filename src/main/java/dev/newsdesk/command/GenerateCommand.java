package dev.newsdesk.command;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;

import dev.newsdesk.corpus.CorpusGenerator;
import dev.newsdesk.corpus.CorpusSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code generate --count N [--seed S] --out DIR}: writes a generated test corpus. The same seed and count always
 * write the same files, byte for byte. Exits 1 if the files cannot be written.
 */
@Command(name = "generate",
        description = {"Writes a generated test corpus.",
                "%nN articles as the text dumps and HTML pages a crawl would hold, some with sidecars. "
                        + "The same seed and count always write the same bytes."})
final class GenerateCommand implements Callable<Integer> {

    private static final int MAX_COUNT = 10_000_000;

    @Option(names = "--count", required = true, paramLabel = "N", converter = Count.class,
            description = "How many articles, 1 to 10,000,000 (1,000 and 1_000 are fine too).")
    private int count;

    @Option(names = "--seed", defaultValue = "42", paramLabel = "S", description = "The random seed (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The directory to write into; created if missing.")
    private Path out;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        long started = System.nanoTime();
        try {
            Files.createDirectories(out);
            int step = Math.max(1, count / 10);
            CorpusSummary summary = new CorpusGenerator(seed).write(out, count, index -> {
                if ((index + 1) % step == 0 && count >= 10_000) {
                    stdout.printf(Locale.ROOT, "%,d / %,d articles%n", index + 1, count);
                }
            });
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            stdout.printf(Locale.ROOT, "Wrote %,d articles (%,d text, %,d HTML, %,d sidecars, %.1f MB) to %s in %.1f s%n",
                    summary.articles(), summary.textFiles(), summary.htmlFiles(), summary.sidecars(),
                    summary.articleBytes() / 1e6, out, took.toMillis() / 1000.0);
            return 0;
        } catch (IOException e) {
            spec.commandLine().getErr().println("Cannot write the corpus to " + out + " (" + e.getClass().getSimpleName() + ": "
                    + e.getMessage() + "). Choose a writable --out directory.");
            return 1;
        }
    }

    /** A count of articles, with optional thousands separators. */
    static final class Count implements ITypeConverter<Integer> {

        @Override
        public Integer convert(String value) {
            long count;
            try {
                count = Long.parseLong(value.replace("_", "").replace(",", ""));
            } catch (NumberFormatException e) {
                throw new TypeConversionException("'" + value + "' is not a whole number.");
            }
            if (count < 1 || count > MAX_COUNT) {
                throw new TypeConversionException("must be between 1 and 10,000,000, not " + value + ".");
            }
            return (int) count;
        }
    }
}
