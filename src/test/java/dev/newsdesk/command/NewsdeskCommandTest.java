package dev.newsdesk.command;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The jar's command line: which first arguments are its own, and the help that lists the commands. */
class NewsdeskCommandTest {

    @Test
    void handlesItsCommandsHelpAndVersionAndLeavesEverythingElseToThePortal() {
        assertThat(NewsdeskCommand.handles("ingest")).isTrue();
        assertThat(NewsdeskCommand.handles("extract")).isTrue();
        assertThat(NewsdeskCommand.handles("generate")).isTrue();
        assertThat(NewsdeskCommand.handles("help")).isTrue();
        assertThat(NewsdeskCommand.handles("--help")).isTrue();
        assertThat(NewsdeskCommand.handles("--version")).isTrue();
        assertThat(NewsdeskCommand.handles("--server.port=8081")).as("a setting of the portal").isFalse();
        assertThat(NewsdeskCommand.handles("ingests")).isFalse();
    }

    @Test
    void helpListsEveryCommand() {
        CommandRun run = CommandRun.of("help");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("ingest ", "extract ", "generate ");
    }

    @Test
    void everyCommandExplainsItself() {
        for (String command : new String[] {"ingest", "extract", "generate"}) {
            CommandRun run = CommandRun.of(command, "--help");

            assertThat(run.exit()).isZero();
            assertThat(run.out()).startsWith("Usage: java -jar newsdesk.jar " + command);
        }
    }

    @Test
    void refusesAnUnknownCommandWithTheList() {
        CommandRun run = CommandRun.of("ingests", "seeds");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("Unmatched arguments", "ingest");
    }
}
