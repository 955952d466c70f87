package dev.newsdesk.ingest;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import tools.jackson.databind.json.JsonMapper;
import dev.newsdesk.elasticsearch.ArticleDocument;

/**
 * {@code extract FILE...}: prints what the indexer sees in each file, one JSON object a line, without indexing and
 * without Elasticsearch. Failures go to standard error by file name; the exit code is non-zero if any file failed.
 */
public final class ExtractCommand {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final long MAX_FILE_BYTES = 10L * 1024 * 1024;

    private ExtractCommand() {
    }

    public static int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty()) {
            err.println("usage: extract FILE|DIR...");
            return 2;
        }
        quietLogging();
        ArticleExtractor extractor = ArticleExtractor.standard(MAX_FILE_BYTES, null);
        int failures = 0;
        for (SourceFile file : ArticleFiles.under(args.stream().map(Path::of).toList())) {
            try {
                out.println(JSON.writeValueAsString(view(file, extractor.extract(file).document())));
            } catch (UnreadableArticleException e) {
                err.println("failed: " + file.source() + ": " + e.getMessage());
                failures++;
            }
        }
        out.flush();
        return failures == 0 ? 0 : 1;
    }

    /** Standard output carries only the JSON lines: libraries' progress notes (CoreNLP's model loading) stay out. */
    private static void quietLogging() {
        if (LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME) instanceof ch.qos.logback.classic.Logger root) {
            root.setLevel(ch.qos.logback.classic.Level.WARN);
        }
    }

    private static Map<String, Object> view(SourceFile file, ArticleDocument document) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("file", file.path().toString());
        view.put("title", document.title());
        view.put("outlet", document.outlet());
        view.put("agency", document.agency());
        view.put("published", document.published() == null ? null : document.published().toString());
        view.put("body", document.body());
        view.put("people", document.people());
        view.put("organizations", document.organizations());
        view.put("places", document.places());
        return view;
    }
}
