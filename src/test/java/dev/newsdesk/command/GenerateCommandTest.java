package dev.newsdesk.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generate command: a corpus of the requested size, and clear errors for arguments it cannot use. */
class GenerateCommandTest {

    @TempDir
    Path temp;

    @Test
    void writesTheRequestedCount() throws IOException {
        CommandRun run = CommandRun.of("generate", "--count", "25", "--seed", "9", "--out", temp.toString());

        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("Wrote 25 articles");
        try (Stream<Path> files = Files.walk(temp)) {
            assertThat(files.filter(f -> f.toString().endsWith(".txt") || f.toString().endsWith(".html"))).hasSize(25);
        }
    }

    @Test
    void takesACountWithThousandsSeparators() {
        CommandRun run = CommandRun.of("generate", "--count", "1,0", "--out", temp.toString());

        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("Wrote 10 articles");
    }

    @Test
    void refusesACountThatIsNotAWholeNumberWithTheUsage() {
        CommandRun run = CommandRun.of("generate", "--count", "ten", "--out", temp.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("Invalid value for option '--count': 'ten' is not a whole number.",
                "Usage: java -jar newsdesk.jar generate");
    }

    @Test
    void refusesACountOutOfRange() {
        CommandRun run = CommandRun.of("generate", "--count", "0", "--out", temp.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("'--count': must be between 1 and 10,000,000, not 0.");
    }

    @Test
    void refusesToRunWithoutAnOutputDirectory() {
        CommandRun run = CommandRun.of("generate", "--count", "25");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("Missing required option: '--out=DIR'");
    }

    @Test
    void saysWhenTheOutputDirectoryCannotBeWritten() throws IOException {
        Path aFile = Files.writeString(temp.resolve("a-file"), "not a directory");

        CommandRun run = CommandRun.of("generate", "--count", "5", "--out", aFile.resolve("corpus").toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("Cannot write the corpus to " + aFile.resolve("corpus"), "Choose a writable --out directory.");
    }
}
