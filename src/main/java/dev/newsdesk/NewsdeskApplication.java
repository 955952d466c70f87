package dev.newsdesk;

import java.io.PrintWriter;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import dev.newsdesk.command.NewsdeskCommand;

/**
 * The Newsdesk portal: a search portal for news articles on Elasticsearch. When the first argument names a command
 * ({@code ingest}, {@code extract}, {@code generate}, {@code help}; see {@link NewsdeskCommand}) or is {@code --help}
 * or {@code --version}, the jar runs the command line instead of the portal.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class NewsdeskApplication {

    public static void main(String[] args) {
        if (args.length > 0 && NewsdeskCommand.handles(args[0])) {
            System.exit(NewsdeskCommand.execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
        } else {
            SpringApplication.run(NewsdeskApplication.class, args);
        }
    }
}
