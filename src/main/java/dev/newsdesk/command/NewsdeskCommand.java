package dev.newsdesk.command;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The jar's commands, {@code java -jar newsdesk.jar COMMAND ...}: ingest, extract, generate, add-user and help. The jar runs
 * the portal when its first argument is none of them (nor {@code --help} or {@code --version}).
 */
@Command(name = "java -jar newsdesk.jar",
        description = "Runs one of the commands below; without one, the jar runs the portal.",
        subcommands = {IngestCommand.class, ExtractCommand.class, GenerateCommand.class, AddUserCommand.class, SourcesCommand.class,
                CrawlCommand.class, HelpCommand.class},
        // Every command gets --help and --version.
        scope = ScopeType.INHERIT, mixinStandardHelpOptions = true, versionProvider = NewsdeskCommand.Version.class)
public final class NewsdeskCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    /** Whether {@code argument}, the jar's first, is for the command line (a command, --help, --version) rather than the portal. */
    public static boolean handles(String argument) {
        CommandLine commandLine = commandLine();
        return commandLine.getSubcommands().containsKey(argument) || commandLine.getCommandSpec().optionsMap().containsKey(argument);
    }

    /**
     * Runs the command the arguments name and returns its exit code: 0 done, 1 failed, 2 bad arguments (named on
     * {@code err} with the command's usage).
     */
    public static int execute(PrintWriter out, PrintWriter err, String... arguments) {
        return commandLine().setOut(out).setErr(err).execute(arguments);
    }

    private static CommandLine commandLine() {
        return new CommandLine(new NewsdeskCommand())
                // A failure ends with one line, not a stack trace: Spring Boot's failure analysis, logged above it, has the details.
                .setExecutionExceptionHandler((exception, command, parseResult) -> {
                    command.getErr().println(command.getCommandName() + ": " + reason(exception));
                    return CommandLine.ExitCode.SOFTWARE;
                });
    }

    private static String reason(Throwable exception) {
        Throwable cause = exception;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? cause.toString() : cause.getMessage();
        return message.lines().findFirst().orElse(message);
    }

    /** Fails with a usage error naming the first path that does not exist. */
    static void requireExisting(CommandSpec command, List<Path> paths) {
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw new ParameterException(command.commandLine(), path + " does not exist.");
            }
        }
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Name a command.");
    }

    /** The version the packaged jar's manifest gives. */
    static final class Version implements IVersionProvider {

        @Override
        public String[] getVersion() {
            String version = NewsdeskCommand.class.getPackage().getImplementationVersion();
            return new String[] {"Newsdesk " + (version == null ? "(not packaged)" : version)};
        }
    }
}
