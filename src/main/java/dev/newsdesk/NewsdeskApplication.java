package dev.newsdesk;

import java.util.Arrays;
import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import dev.newsdesk.corpus.GenerateCorpus;
import dev.newsdesk.ingest.ExtractCommand;
import dev.newsdesk.ingest.IngestCommand;

/**
 * The Newsdesk portal: a search portal for news articles on Elasticsearch. With a command as first argument
 * ({@code ingest DIR...}, {@code extract FILE...}, {@code generate --count N --out DIR}) the jar runs that command instead of the portal.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class NewsdeskApplication {

    public static void main(String[] args) {
        List<String> rest = args.length == 0 ? List.of() : Arrays.asList(args).subList(1, args.length);
        String command = args.length == 0 ? "" : args[0];
        switch (command) {
            case "ingest" -> System.exit(IngestCommand.run(rest, System.out, System.err));
            case "extract" -> System.exit(ExtractCommand.run(rest, System.out, System.err));
            case "generate" -> System.exit(GenerateCorpus.run(rest.toArray(String[]::new), System.out, System.err));
            default -> SpringApplication.run(NewsdeskApplication.class, args);
        }
    }
}
