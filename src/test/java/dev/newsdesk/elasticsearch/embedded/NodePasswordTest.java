package dev.newsdesk.elasticsearch.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The node's password file, without a node: made once, owner-only, read again as it was. */
class NodePasswordTest {

    @TempDir
    Path dataDir;

    @Test
    void makesAStrongPasswordOnceInAnOwnerOnlyFile() throws IOException {
        String first = NodePassword.readOrCreate(dataDir);
        String again = NodePassword.readOrCreate(dataDir);

        assertThat(again).isEqualTo(first);
        assertThat(first).matches("[A-Za-z0-9_-]{43}");
        assertThat(NodePassword.readOrCreate(Files.createDirectory(dataDir.resolve("other")))).isNotEqualTo(first);
        assertThat(Files.getPosixFilePermissions(dataDir.resolve("node.password"))).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        try (var files = Files.list(dataDir)) {
            assertThat(files.map(Path::getFileName).map(Path::toString)).as("no draft left behind").containsExactlyInAnyOrder("node.password", "other");
        }
    }

    @Test
    void closesAFileThatOthersCouldReadAndKeepsItsPassword() throws IOException {
        Path file = Files.writeString(dataDir.resolve("node.password"), "restored-from-a-backup\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        assertThat(NodePassword.readOrCreate(dataDir)).isEqualTo("restored-from-a-backup");
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
    }

    @Test
    void refusesAPasswordFileThatIsALinkElsewhere() throws IOException {
        Path elsewhere = Files.writeString(dataDir.resolve("elsewhere"), "not a password");
        Files.createSymbolicLink(dataDir.resolve("node.password"), elsewhere);

        assertThatThrownBy(() -> NodePassword.readOrCreate(dataDir)).isInstanceOf(IOException.class).hasMessageContaining("symbolic link");
    }
}
