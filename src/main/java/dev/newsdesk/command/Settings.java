package dev.newsdesk.command;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * The portal's configuration for a command: application.yml, environment variables and {@code --name=value}
 * arguments, read by Spring Boot exactly as the portal reads them. A command collects its {@code --name=value}
 * arguments with picocli's {@code @Unmatched} and starts its Spring context here.
 */
final class Settings {

    /** The usage help's footer of a command that reads settings. */
    static final String FOOTER = "%nSettings are read as the portal reads them (application.yml, environment variables), and a "
            + "--name=value argument sets one, e.g. --newsdesk.elasticsearch.url=https://es.example.org:9200 (see README.md).";

    /** A Spring Boot setting: a dotted name, then a value (which may be empty). */
    private static final Pattern SETTING = Pattern.compile("--[a-z][a-z0-9-]*(\\.[a-z0-9\\[\\]-]+)+=.*", Pattern.CASE_INSENSITIVE);

    private Settings() {
    }

    /**
     * Starts a Spring context without a web server from {@code configuration}, with the settings among
     * {@code arguments} (anything else there is a usage error). {@code defaults} ({@code name=value}) are the
     * command's own: any setting outranks them. Logs go to standard error, warnings and worse only, so standard
     * output carries nothing but the command's output.
     */
    static ConfigurableApplicationContext start(CommandSpec command, List<String> arguments, Class<?> configuration, String... defaults) {
        for (String argument : arguments) {
            if (!SETTING.matcher(argument).matches()) {
                throw new ParameterException(command.commandLine(), "Unknown argument '" + argument
                        + "': a setting is --name=value, e.g. --newsdesk.ingest.worker-threads=4.");
            }
        }
        List<String> defaultProperties = new ArrayList<>(List.of(defaults));
        defaultProperties.add("logging.config=classpath:dev/newsdesk/command/logback.xml");
        return new SpringApplicationBuilder(configuration)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .properties(defaultProperties.toArray(String[]::new))
                .run(arguments.toArray(String[]::new));
    }
}
