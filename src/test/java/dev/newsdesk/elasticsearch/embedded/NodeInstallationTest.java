package dev.newsdesk.elasticsearch.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@dev.newsdesk.Integration
class NodeInstallationTest {

    private final Path distribution = TestNodes.app().distribution();
    private final Path plugin = TestNodes.app().plugin();
    private final Path javaHome = Path.of(System.getProperty("java.home"));

    @TempDir
    Path tempDir;

    @Test
    void installsTheAnalysisPluginOnceAndAgainOnlyWhenItChanged() throws IOException {
        Path installDir = tempDir.resolve("installations");

        Path first = NodeInstallation.prepare(distribution, plugin, installDir, javaHome);
        Path same = NodeInstallation.prepare(distribution, plugin, installDir, javaHome);
        Path changed = NodeInstallation.prepare(distribution, withZipComment(plugin, "a rebuilt plugin"), installDir, javaHome);

        assertThat(same).isEqualTo(first);
        assertThat(changed).isNotEqualTo(first);
        for (Path home : new Path[] {first, changed}) {
            assertThat(home.resolve("plugins/newsdesk-analysis/newsdesk-analysis.jar")).isRegularFile();
        }
    }

    /** The same plugin in a zip whose bytes differ: a comment in the zip's end record. */
    private Path withZipComment(Path zip, String comment) throws IOException {
        byte[] bytes = Files.readAllBytes(zip);
        assertThat(bytes[bytes.length - 2]).as("the built zip has no comment yet").isZero();
        byte[] text = comment.getBytes(StandardCharsets.US_ASCII);
        byte[] commented = new byte[bytes.length + text.length];
        System.arraycopy(bytes, 0, commented, 0, bytes.length);
        commented[bytes.length - 2] = (byte) text.length;
        System.arraycopy(text, 0, commented, bytes.length, text.length);
        Path copy = tempDir.resolve("newsdesk-analysis.zip");
        Files.write(copy, commented);
        return copy;
    }
}
