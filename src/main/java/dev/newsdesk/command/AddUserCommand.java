package dev.newsdesk.command;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;

import dev.newsdesk.accounts.AccountProblem;
import dev.newsdesk.accounts.AccountView;
import dev.newsdesk.accounts.UserAccounts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * {@code add-user NAME [--role USER|ADMIN]...}: creates an account, reading its password from the first line of
 * standard input (never from the command line, where other users could read it in the process list).
 */
@Command(name = "add-user", footer = Settings.FOOTER,
        description = {"Creates the account NAME, with the password read from the first line of standard input.",
                "%nExits 1 when the name is taken or the password too weak (the reason is printed), e.g. "
                        + "echo 's3cret-passphrase' | java -jar newsdesk.jar add-user maria --role USER"})
final class AddUserCommand implements Callable<Integer> {

    @Parameters(paramLabel = "NAME", description = "The user name.")
    private String username;

    @Option(names = "--role", paramLabel = "ROLE", description = "USER (the default) or ADMIN; repeatable.")
    private List<String> roles = new ArrayList<>();

    @Unmatched
    private List<String> settings = new ArrayList<>();

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String password = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        try (ConfigurableApplicationContext context = Settings.start(spec, settings, AccountsContext.class,
                "newsdesk.elasticsearch.embedded.join-running=true")) {
            AccountView created = context.getBean(UserAccounts.class).add(username, password, roles.isEmpty() ? List.of("USER") : roles);
            out.println("Created account " + created.username() + " with roles " + String.join(", ", created.roles()) + ".");
            return 0;
        } catch (AccountProblem e) {
            err.println("add-user: " + e.message());
            return 1;
        }
    }
}
