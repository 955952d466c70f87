package dev.newsdesk.elasticsearch.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NodeUserTest {

    @TempDir
    Path tempDir;

    @Test
    void handsTheNodeItsDataDirectoryButNeverWhatALinkInItPointsAt() throws Exception {
        NodeUser user = NodeUser.forThisProcess(NodeUser.DEDICATED);
        assumeTrue(user.switched(), "only a root app hands files to another user (CI runs as root)");
        Path dataDir = Files.createDirectories(tempDir.resolve("data/nodes"));
        Path outside = Files.writeString(tempDir.resolve("secret"), "the app's own file");
        Path link = Files.createSymbolicLink(dataDir.resolve("planted"), outside);
        String appOwner = Files.getOwner(outside).getName();

        user.own(tempDir.resolve("data"));

        assertThat(Files.getOwner(outside).getName()).isEqualTo(appOwner);
        assertThat(Files.getOwner(link, LinkOption.NOFOLLOW_LINKS).getName()).isEqualTo(NodeUser.DEDICATED);
        assertThat(Files.getOwner(dataDir).getName()).isEqualTo(NodeUser.DEDICATED);
    }

    @Test
    void closesTheNodesFilesThatAnOlderInstallLeftOpenToOthers() throws Exception {
        NodeUser user = NodeUser.forThisProcess(NodeUser.DEDICATED);
        Path segments = Files.createDirectories(tempDir.resolve("data/indices/0"));
        Files.setPosixFilePermissions(segments, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path segment = Files.writeString(segments.resolve("_0.cfs"), "tokens and hashes");
        Files.setPosixFilePermissions(segment, PosixFilePermissions.fromString("rw-r--r--"));

        user.own(tempDir.resolve("data"));

        assertThat(Files.getPosixFilePermissions(segments)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
        assertThat(Files.getPosixFilePermissions(segment)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
    }

    @Test
    void keepsTheNodesConfigTheAppsAndOnlyReadableByTheNodesGroup() throws Exception {
        NodeUser user = NodeUser.forThisProcess(NodeUser.DEDICATED);
        assumeTrue(user.switched(), "only a root app runs the node as another user (CI runs as root)");
        Path config = Files.createDirectories(tempDir.resolve("config/jvm.options.d"));
        Path users = Files.writeString(tempDir.resolve("config/users"), "newsdesk:hash\n");
        user.own(tempDir.resolve("config"));

        user.readOnly(tempDir.resolve("config"));

        PosixFileAttributes directory = Files.readAttributes(config.getParent(), PosixFileAttributes.class);
        PosixFileAttributes file = Files.readAttributes(users, PosixFileAttributes.class);
        assertThat(directory.owner().getName()).isEqualTo("root");
        assertThat(directory.group().getName()).isEqualTo(user.groupName());
        assertThat(PosixFilePermissions.toString(directory.permissions())).isEqualTo("rwxr-x---");
        assertThat(file.owner().getName()).isEqualTo("root");
        assertThat(file.group().getName()).isEqualTo(user.groupName());
        assertThat(PosixFilePermissions.toString(file.permissions())).isEqualTo("rw-r-----");
    }
}
