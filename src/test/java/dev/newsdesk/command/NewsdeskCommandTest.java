package dev.newsdesk.command;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The jar's command line: which first arguments are commands, and the help that lists them. */
class NewsdeskCommandTest {

    @Test
    void namesTheCommandsAndNothingElse() {
        assertThat(NewsdeskCommand.names("ingest")).isTrue();
        assertThat(NewsdeskCommand.names("extract")).isTrue();
        assertThat(NewsdeskCommand.names("generate")).isTrue();
        assertThat(NewsdeskCommand.names("--server.port=8081")).as("a setting of the portal").isFalse();
        assertThat(NewsdeskCommand.names("ingests")).isFalse();
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
