package dev.newsdesk.command;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;

import dev.newsdesk.ingest.IngestReport;
import dev.newsdesk.ingest.Ingester;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * {@code ingest DIR...}: indexes the article files under the directories, with a progress bar on standard error and
 * a closing summary on standard output. Exits 1 if any file failed. Uses the configured cluster, else the node of a
 * portal running on the same data directory, else an embedded node of its own.
 */
@Command(name = "ingest", footer = Settings.FOOTER,
        description = {"Indexes the article files under each DIR.",
                "%nReads .txt, .html and .htm files, each optionally gzipped, recursively. Re-ingesting updates changed files and "
                        + "skips unchanged ones. A failing file is named with its reason, the rest are indexed, and the exit code is 1."})
final class IngestCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", arity = "1..*", description = "A directory (or a single file) of articles.")
    private List<Path> paths;

    @Unmatched
    private List<String> settings = new ArrayList<>();

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        NewsdeskCommand.requireExisting(spec, paths);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (ConfigurableApplicationContext context = Settings.start(spec, settings, IngestContext.class,
                // Joins the node of a portal running on the same data directory rather than failing on its lock.
                "newsdesk.elasticsearch.embedded.join-running=true",
                // Each failure is named below, after the progress bar, rather than logged across it.
                "logging.level.dev.newsdesk.ingest.Ingester=ERROR")) {
            IngestReport report = context.getBean(Ingester.class).ingest(paths, new ProgressBar(err));
            err.println();
            report.failures().forEach(failure -> err.println("failed: " + failure.file() + ": " + failure.reason()));
            out.println(report.summary());
            return report.failures().isEmpty() ? 0 : 1;
        }
    }
}
