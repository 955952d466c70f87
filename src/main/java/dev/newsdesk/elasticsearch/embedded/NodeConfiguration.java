package dev.newsdesk.elasticsearch.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

import org.springframework.security.crypto.bcrypt.BCrypt;

/**
 * Writes the embedded node's config directory: the distribution's defaults, our elasticsearch.yml (with the node's
 * {@link NodeDiscovery}), and the file realm with the app's own user.
 */
final class NodeConfiguration {

    private NodeConfiguration() {
    }

    static Path write(Path home, Path dataDir, int httpPort, NodeDiscovery discovery, String password) throws IOException {
        Path config = dataDir.resolve("config");
        Files.createDirectories(config.resolve("jvm.options.d"));
        for (String file : new String[] {"jvm.options", "log4j2.properties"}) {
            Files.copy(home.resolve("config").resolve(file), config.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        Files.writeString(config.resolve("elasticsearch.yml"), """
                # Written by Newsdesk at every start of the embedded node; edits are overwritten.
                path.data: %s
                path.logs: %s
                network.host: 127.0.0.1
                http.port: %d
                %s
                # Only the app's own user gets in: other processes on this machine can reach the port too. No TLS: HTTP
                # and transport stay on loopback, which no other user can listen to, and a node on loopback (alone
                # or not) needs no transport TLS. Setting security explicitly also skips the first start's TLS
                # auto-configuration.
                xpack.security.enabled: true
                xpack.security.http.ssl.enabled: false
                xpack.security.transport.ssl.enabled: false
                cluster.routing.allocation.disk.threshold_enabled: false
                action.auto_create_index: "-articles*,+*"
                """.formatted(dataDir.resolve("data"), dataDir.resolve("logs"), httpPort, discovery.settings().strip()));
        writeFileRealm(config, password);
        return config;
    }

    /**
     * The file realm's two files in the documented format ({@code user:bcrypt-hash} and {@code role:user}), as
     * {@code elasticsearch-users useradd -r superuser} writes them, without that tool's extra JVM start and with the
     * password never on a command line. Written afresh at every start from {@link NodePassword}, the one source of
     * the password; the node sees only the hash.
     */
    private static void writeFileRealm(Path config, String password) throws IOException {
        writeOwnerOnly(config.resolve("users"), NodeAccess.USERNAME + ":" + BCrypt.hashpw(password, BCrypt.gensalt()) + "\n");
        writeOwnerOnly(config.resolve("users_roles"), "superuser:" + NodeAccess.USERNAME + "\n");
    }

    private static void writeOwnerOnly(Path file, String content) throws IOException {
        Files.deleteIfExists(file);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(NodePassword.OWNER_ONLY));
        Files.writeString(file, content);
    }
}
