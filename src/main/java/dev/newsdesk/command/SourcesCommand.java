package dev.newsdesk.command;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;

import dev.newsdesk.sources.ImportReport;
import dev.newsdesk.sources.NewSource;
import dev.newsdesk.sources.SourceView;
import dev.newsdesk.sources.Sources;
import dev.newsdesk.web.PortalProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/** {@code sources add|list|remove|import}: manages the followed sources from a shell, as the admin page does. */
@Command(name = "sources", footer = Settings.FOOTER,
        description = "Adds, lists, removes and imports (OPML) the news sources the crawler follows.",
        subcommands = {SourcesCommand.Add.class, SourcesCommand.ListSources.class, SourcesCommand.Remove.class, SourcesCommand.Import.class})
final class SourcesCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }

    /** What each subcommand shares: the settings, and the sources of the cluster they name (the scheduler stays off). */
    abstract static class SourcesAction implements Callable<Integer> {

        @Unmatched
        private List<String> settings = new ArrayList<>();

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            try (ConfigurableApplicationContext context = Settings.start(spec, settings, SourcesContext.class,
                    "newsdesk.elasticsearch.embedded.join-running=true", "newsdesk.sources.crawl=false",
                    "newsdesk.ingest.seed-on-empty=false")) {
                return run(context.getBean(Sources.class), out);
            } catch (PortalProblem e) {
                err.println("sources " + spec.name() + ": " + e.message());
                return 1;
            }
        }

        abstract int run(Sources sources, PrintWriter out) throws IOException;

        static void print(SourceView source, PrintWriter out) {
            out.printf("%s  %-7s %-6s %s%s%s%n", source.id(), source.kind().parameter(), source.state().parameter(), source.url(),
                    source.outlet() == null ? "" : "  outlet: " + source.outlet(),
                    source.labels().isEmpty() ? "" : "  labels: " + String.join(", ", source.labels()));
        }
    }

    @Command(name = "add", description = "Follows URL: a feed, a sitemap or a site's home page (fetched now to learn which).")
    static final class Add extends SourcesAction {
        @Parameters(paramLabel = "URL")
        private String url;
        @Option(names = "--outlet", description = "The outlet name its articles get, over what the indexer infers.")
        private String outlet;
        @Option(names = "--label", paramLabel = "LABEL", description = "A collection it belongs to; repeatable.")
        private List<String> labels = new ArrayList<>();
        @Option(names = "--interval-minutes", description = "The longest wait between two fetches (default 15).")
        private Integer intervalMinutes;

        @Override
        int run(Sources sources, PrintWriter out) throws IOException {
            print(sources.add(new NewSource(url, outlet, labels, intervalMinutes)), out);
            return 0;
        }
    }

    @Command(name = "list", description = "Lists the sources: id, kind, state, URL, outlet and labels.")
    static final class ListSources extends SourcesAction {
        @Override
        int run(Sources sources, PrintWriter out) throws IOException {
            sources.list().forEach(source -> print(source, out));
            return 0;
        }
    }

    @Command(name = "remove", description = "Stops following the source ID (its articles stay indexed).")
    static final class Remove extends SourcesAction {
        @Parameters(paramLabel = "ID")
        private String id;

        @Override
        int run(Sources sources, PrintWriter out) throws IOException {
            sources.remove(id);
            out.println("Removed source " + id + ".");
            return 0;
        }
    }

    @Command(name = "import", description = "Follows every feed of an OPML file; outline titles and categories become labels.")
    static final class Import extends SourcesAction {
        @Parameters(paramLabel = "FILE.opml")
        private Path file;

        @Override
        int run(Sources sources, PrintWriter out) throws IOException {
            if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
                spec.commandLine().getErr().println("sources import: " + file + " is not a file that can be read");
                return 1;
            }
            ImportReport report = sources.importOpml(Files.readAllBytes(file));
            report.refused().forEach(refused -> spec.commandLine().getErr().println("refused: " + refused.url() + ": " + refused.reason()));
            out.println(report.summary() + ".");
            return report.refused().isEmpty() ? 0 : 1;
        }
    }
}
