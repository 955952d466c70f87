package dev.newsdesk.ingest;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import dev.newsdesk.NewsdeskApplication;

/**
 * {@code ingest DIR...}: indexes the article files under the directories, with a progress bar and a closing
 * summary. Exits non-zero if any file failed. Uses the configured cluster, else the embedded node (or the node of
 * a portal already running on the same data directory).
 */
public final class IngestCommand {

    private IngestCommand() {
    }

    public static int run(List<String> args, PrintStream out, PrintStream err) {
        List<String> paths = args.stream().filter(arg -> !arg.startsWith("--")).toList();
        List<String> options = args.stream().filter(arg -> arg.startsWith("--")).toList();
        if (paths.isEmpty()) {
            err.println("usage: ingest DIR... [--newsdesk.elasticsearch.url=...]");
            return 2;
        }
        for (String path : paths) {
            if (!Files.exists(Path.of(path))) {
                err.println("ingest: " + path + " does not exist");
                return 2;
            }
        }
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(NewsdeskApplication.class)
                .web(WebApplicationType.NONE)
                .properties("spring.main.banner-mode=off", "logging.level.root=WARN")
                .run(arguments(options))) {
            Ingester ingester = context.getBean(Ingester.class);
            IngestReport report = ingester.ingest(paths.stream().map(Path::of).toList(), new ProgressBar(err));
            err.println();
            report.failures().forEach(failure -> err.println("failed: " + failure.file() + ": " + failure.reason()));
            out.println(report.summary());
            return report.failures().isEmpty() ? 0 : 1;
        }
    }

    /** Command-line arguments outrank application.yml: the command never seeds, and shares a running portal's node. */
    private static String[] arguments(List<String> options) {
        List<String> arguments = new java.util.ArrayList<>(List.of(
                "--newsdesk.ingest.seed-on-empty=false", "--newsdesk.elasticsearch.embedded.join-running=true"));
        arguments.addAll(options);
        return arguments.toArray(String[]::new);
    }

    /** A one-line progress bar redrawn in place: files done, docs/s, errors. */
    static final class ProgressBar implements IngestProgress {
        private static final int WIDTH = 30;
        private final PrintStream err;

        ProgressBar(PrintStream err) {
            this.err = err;
        }

        @Override
        public void update(int done, int total, int failed, long elapsedMillis) {
            int filled = total == 0 ? WIDTH : (int) ((long) done * WIDTH / total);
            double rate = done / Math.max(elapsedMillis / 1000.0, 0.001);
            err.print("\r[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] "
                    + "%d/%d files  %.1f docs/s  %d errors".formatted(done, total, rate, failed));
            err.flush();
        }
    }
}
