package dev.newsdesk.command;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;

import dev.newsdesk.ingest.ArticleExtractor;
import dev.newsdesk.ingest.ArticleFiles;
import dev.newsdesk.ingest.IngestProperties;
import dev.newsdesk.ingest.ArticleFile;
import dev.newsdesk.ingest.UnreadableArticleException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code extract FILE...}: prints the document the indexer makes of each file, one JSON object a line, without
 * indexing and without Elasticsearch. Failures go to standard error by file name; the exit code is 1 if any failed.
 */
@Command(name = "extract", footer = Settings.FOOTER,
        description = {"Prints what the indexer makes of each FILE, one JSON object a line.",
                "%nEach line is the document ingest would index for the file (or for each article file under a directory). "
                        + "Indexes nothing and needs no Elasticsearch. A failing file is named on standard error with its reason, "
                        + "and the exit code is 1."})
final class ExtractCommand implements Callable<Integer> {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "An article file, or a directory of them.")
    private List<Path> paths;

    @Unmatched
    private List<String> settings = new ArrayList<>();

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        NewsdeskCommand.requireExisting(spec, paths);
        ArticleExtractor extractor;
        try (ConfigurableApplicationContext context = Settings.start(spec, settings, ExtractContext.class)) {
            extractor = ArticleExtractor.standard(context.getBean(IngestProperties.class));
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int failures = 0;
        for (ArticleFile file : ArticleFiles.under(paths)) {
            try {
                out.println(JSON.writeValueAsString(extractor.extract(file).document()));
            } catch (UnreadableArticleException e) {
                err.println("failed: " + file.source() + ": " + e.getMessage());
                failures++;
            }
        }
        out.flush();
        return failures == 0 ? 0 : 1;
    }
}
