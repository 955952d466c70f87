package dev.newsdesk.corpus;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * The command that writes a generated corpus: {@code --count N --seed S --out DIR}. The same seed and count always
 * write the same files, byte for byte.
 */
public final class GenerateCorpus {

    static final String USAGE = "usage: generate --count N [--seed S] --out DIR   (N articles as .txt and .html files; same seed, same bytes)";
    private static final long DEFAULT_SEED = 42;

    private GenerateCorpus() {
    }

    public static void main(String[] args) {
        int status = run(args, System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    /** Runs the command and returns its exit status: 0 written, 2 bad arguments, 1 the files could not be written. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Arguments arguments;
        try {
            arguments = Arguments.parse(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(USAGE);
            return 2;
        }
        long started = System.nanoTime();
        try {
            Files.createDirectories(arguments.out());
            int step = Math.max(1, arguments.count() / 10);
            CorpusSummary summary = new CorpusGenerator(arguments.seed()).write(arguments.out(), arguments.count(), index -> {
                if ((index + 1) % step == 0 && arguments.count() >= 10_000) {
                    out.printf(Locale.ROOT, "%,d / %,d articles%n", index + 1, arguments.count());
                }
            });
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            out.printf(Locale.ROOT, "Wrote %,d articles (%,d text, %,d HTML, %,d sidecars, %.1f MB) to %s in %.1f s%n",
                    summary.articles(), summary.textFiles(), summary.htmlFiles(), summary.sidecars(),
                    summary.articleBytes() / 1e6, arguments.out(), took.toMillis() / 1000.0);
            return 0;
        } catch (IOException e) {
            err.println("Cannot write the corpus to " + arguments.out() + " (" + e.getClass().getSimpleName() + ": " + e.getMessage()
                    + "). Choose a writable --out directory.");
            return 1;
        }
    }

    record Arguments(int count, long seed, Path out) {

        static Arguments parse(String[] args) {
            Integer count = null;
            long seed = DEFAULT_SEED;
            Path out = null;
            for (int i = 0; i < args.length; i++) {
                String name = args[i];
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(name + " needs a value.");
                }
                String value = args[++i];
                switch (name) {
                    case "--count" -> count = parseCount(value);
                    case "--seed" -> seed = parseNumber(value, "--seed");
                    case "--out" -> out = Path.of(value);
                    default -> throw new IllegalArgumentException("Unknown option " + name + ".");
                }
            }
            if (count == null || out == null) {
                throw new IllegalArgumentException("Both --count and --out are required.");
            }
            return new Arguments(count, seed, out);
        }

        private static int parseCount(String value) {
            long count = parseNumber(value.replace("_", "").replace(",", ""), "--count");
            if (count < 1 || count > 10_000_000) {
                throw new IllegalArgumentException("--count must be between 1 and 10,000,000, not " + value + ".");
            }
            return (int) count;
        }

        private static long parseNumber(String value, String option) {
            try {
                return Long.parseLong(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(option + " must be a whole number, not " + value + ".");
            }
        }
    }
}
