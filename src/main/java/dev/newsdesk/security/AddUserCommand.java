package dev.newsdesk.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code add-user NAME [--role USER|ADMIN]...}: creates an account from a shell, reading the password from the
 * first line of standard input (never from the command line, where other users could see it in the process list).
 * The command runner starts a context with {@link UserAccounts} and calls {@link #run}.
 */
public final class AddUserCommand {

    private AddUserCommand() {
    }

    /** Exit status: 0 created, 1 refused (the reason printed), 2 bad usage. */
    public static int run(UserAccounts accounts, List<String> args, BufferedReader passwordInput, PrintStream out, PrintStream err)
            throws IOException {
        String username = null;
        List<String> roles = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--role") && i + 1 < args.size()) {
                roles.add(args.get(++i));
            } else if (arg.startsWith("--role=")) {
                roles.add(arg.substring("--role=".length()));
            } else if (username == null && !arg.startsWith("-")) {
                username = arg;
            } else {
                err.println("Usage: add-user NAME [--role USER|ADMIN], with the password on standard input.");
                return 2;
            }
        }
        if (username == null) {
            err.println("Usage: add-user NAME [--role USER|ADMIN], with the password on standard input.");
            return 2;
        }
        String password = passwordInput.readLine();
        try {
            AccountView created = accounts.add(username, password, roles);
            out.println("Created account " + created.username() + " with roles " + String.join(", ", created.roles()) + ".");
            return 0;
        } catch (AccountProblem e) {
            err.println(e.message());
            return 1;
        }
    }
}
