package dev.newsdesk.elasticsearch.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NodeUserTest {

    @TempDir
    Path tempDir;

    @Test
    void handsTheNodeItsDataDirectoryButNeverWhatALinkInItPointsAt() throws Exception {
        NodeUser user = NodeUser.forThisProcess("nobody");
        assumeTrue(user.switched(), "only a root app hands files to another user (CI runs as root)");
        Path dataDir = Files.createDirectories(tempDir.resolve("data/nodes"));
        Path outside = Files.writeString(tempDir.resolve("secret"), "the app's own file");
        Path link = Files.createSymbolicLink(dataDir.resolve("planted"), outside);
        String appOwner = Files.getOwner(outside).getName();

        user.own(tempDir.resolve("data"), null);

        assertThat(Files.getOwner(outside).getName()).isEqualTo(appOwner);
        assertThat(Files.getOwner(link, LinkOption.NOFOLLOW_LINKS).getName()).isEqualTo("nobody");
        assertThat(Files.getOwner(dataDir).getName()).isEqualTo("nobody");
    }
}
