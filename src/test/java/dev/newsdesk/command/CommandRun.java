package dev.newsdesk.command;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One command run in the test's JVM as the jar runs it: its exit status and what it wrote to standard output and error. */
record CommandRun(int exit, String out, String err) {

    static CommandRun of(String... arguments) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = NewsdeskCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), arguments);
        return new CommandRun(exit, out.toString(), err.toString());
    }
}
