package dev.newsdesk.elasticsearch.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;

import org.springframework.security.crypto.bcrypt.BCrypt;

/**
 * Writes the embedded node's config directory: the distribution's defaults, our elasticsearch.yml (with the node's
 * {@link NodeDiscovery}), the file realm with the app's own user, and a keystore made ahead of the node, because the
 * node only reads this directory ({@link NodeUser#readOnly}).
 */
final class NodeConfiguration {

    private static final String KEYSTORE = "elasticsearch.keystore";
    /** Which installation made the keystore: another one may want another keystore format, which the node cannot write. */
    private static final String KEYSTORE_MADE_BY = ".keystore-made-by";

    private NodeConfiguration() {
    }

    static Path write(Path home, Path javaHome, Path dataDir, int httpPort, NodeDiscovery discovery, String password) throws IOException {
        Path config = dataDir.resolve("config");
        discardIfNotTheApps(config);
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
        writeKeystore(home, javaHome, config);
        return config;
    }

    /**
     * An older install let the node own this directory, so anything in it (a link to a system file the app would
     * write through) may be the node's: it is written afresh, as it is at every start anyway, keystore included.
     */
    private static void discardIfNotTheApps(Path config) throws IOException {
        if (Files.exists(config, LinkOption.NOFOLLOW_LINKS)
                && (Files.isSymbolicLink(config) || !NodeUser.ownedByTheApp(config))) {
            NodeInstallation.deleteTree(config);
        }
    }

    /**
     * Elasticsearch writes a keystore at start when there is none or its format is older, and the node cannot write
     * here; so the app makes it with the installation's own tool (one extra second the first time). It holds only
     * Elasticsearch's random seed.
     */
    private static void writeKeystore(Path home, Path javaHome, Path config) throws IOException {
        Path keystore = config.resolve(KEYSTORE);
        Path madeBy = config.resolve(KEYSTORE_MADE_BY);
        String installation = home.getFileName().toString();
        if (Files.isRegularFile(keystore, LinkOption.NOFOLLOW_LINKS) && Files.isRegularFile(madeBy, LinkOption.NOFOLLOW_LINKS)
                && Files.readString(madeBy).strip().equals(installation)) {
            return;
        }
        Files.deleteIfExists(keystore);
        ProcessBuilder tool = new ProcessBuilder(home.resolve("bin/elasticsearch-keystore").toString(), "create").redirectErrorStream(true);
        tool.environment().put("ES_JAVA_HOME", javaHome.toString());
        tool.environment().put("ES_PATH_CONF", config.toString());
        tool.environment().remove("JAVA_TOOL_OPTIONS");
        Process process = tool.start();
        String output = new String(process.getInputStream().readAllBytes());
        try {
            if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0 || !Files.isRegularFile(keystore)) {
                process.destroyForcibly();
                throw new IOException("elasticsearch-keystore create failed: " + output.strip());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while creating the node's keystore", e);
        }
        Files.deleteIfExists(madeBy);
        Files.writeString(madeBy, installation + "\n");
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
