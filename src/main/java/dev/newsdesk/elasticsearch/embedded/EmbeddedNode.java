package dev.newsdesk.elasticsearch.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Elasticsearch server that the app runs as a child process on loopback: single node (tests also start
 * several as one cluster, see {@link NodeDiscovery}), open only to the app's own user ({@link NodeAccess}), data kept
 * in the configured directory. Closing it stops the node; if the app dies first, the kernel does; if the node dies
 * first, {@link NodeKeeper} starts it again.
 */
public final class EmbeddedNode implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedNode.class);
    static final String LOOPBACK = "127.0.0.1";
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    static final String CONSOLE_LOG = "console.log";

    private final NodeKeeper keeper;
    private final NodeAccess access;
    private final DataDirectoryLock lock;
    private final Path consoleLog;

    private EmbeddedNode(NodeKeeper keeper, NodeAccess access, DataDirectoryLock lock, Path consoleLog) {
        this.keeper = keeper;
        this.access = access;
        this.lock = lock;
        this.consoleLog = consoleLog;
    }

    /** Starts a node and returns once it answers cluster health; fails with one sentence if it cannot. */
    public static EmbeddedNode start(EmbeddedNodeProperties settings) {
        return start(settings, NodeDiscovery.ALONE);
    }

    /**
     * Starts a node that finds its cluster as {@code discovery} says, and returns once the cluster it joined answers
     * health (a member of a forming cluster waits for enough of the others to elect a master).
     */
    static EmbeddedNode start(EmbeddedNodeProperties settings, NodeDiscovery discovery) {
        try {
            return startNode(settings, discovery);
        } catch (IOException e) {
            throw new EmbeddedNodeException("The embedded Elasticsearch could not be prepared: " + e.getMessage() + ".",
                    "Check that the directories in newsdesk.elasticsearch.embedded.* exist and are writable.", e);
        }
    }

    /** The node's URL and its own user's credentials. */
    public NodeAccess access() {
        return access;
    }

    /** The process id of the node's launcher (a new one after the node was started again). */
    public long pid() {
        return keeper.process().pid();
    }

    private static EmbeddedNode startNode(EmbeddedNodeProperties settings, NodeDiscovery discovery) throws IOException {
        Path javaHome = requireJava(Path.of(System.getProperty("java.home")));
        NodeUser user = NodeUser.forThisProcess(settings.runAsUser());
        Path dataDir = settings.dataDir().toAbsolutePath().normalize();
        createWritable(dataDir, user);
        user.requireReachable(dataDir, "data directory", "newsdesk.elasticsearch.embedded.data-dir");

        DataDirectoryLock lock = DataDirectoryLock.acquire(dataDir);
        try {
            Path home = NodeInstallation.prepare(settings.distribution(), settings.plugin(), settings.installDir(), javaHome);
            user.requireReachable(home, "installation", "newsdesk.elasticsearch.embedded.install-dir");
            int httpPort = settings.httpPort() == 0 ? freePort() : requireFree(settings.httpPort());
            String password = NodePassword.readOrCreate(dataDir);
            int transportPort = discovery.transportPort() == 0 ? freePort() : discovery.transportPort();
            Path config = NodeConfiguration.write(home, javaHome, dataDir, httpPort, discovery.onTransportPort(transportPort), password);
            // The node writes its data and logs, reads its config and never the password file (that stays the app's
            // alone); no other user opens any of them.
            user.readOnly(config);
            user.own(dataDir.resolve("data"));
            user.own(dataDir.resolve("logs"));
            Path consoleLog = consoleLog(dataDir);
            NodeKeeper keeper = NodeKeeper.launch(launcher(user, home, config, dataDir, javaHome, settings.heapMegabytes(), consoleLog));
            URI url = URI.create("http://" + LOOPBACK + ":" + httpPort);
            EmbeddedNode node = new EmbeddedNode(keeper, new NodeAccess(url, NodeAccess.USERNAME, password), lock, consoleLog);
            node.awaitHealth(settings.startupTimeout(), httpPort);
            keeper.watch();
            Files.writeString(dataDir.resolve(NodeAccess.URL_FILE), url + "\n");
            log.info("Embedded Elasticsearch is up at {} (data in {}, running as {})", url, dataDir, user.name());
            return node;
        } catch (RuntimeException | IOException e) {
            lock.close();
            throw e;
        }
    }

    /** The node runs on the app's own Java (the distribution bundles none). */
    static Path requireJava(Path javaHome) {
        if (!Files.isExecutable(javaHome.resolve("bin/java"))) {
            throw new EmbeddedNodeException("No Java runtime at " + javaHome + " to run Elasticsearch on.",
                    "Run the app with a full Java 17+ installation (java.home must contain bin/java).");
        }
        return javaHome;
    }

    /** How the node is started, as its user, with the app's Java and the node's own config directory; {@link NodeKeeper} starts it. */
    private static ProcessBuilder launcher(NodeUser user, Path home, Path config, Path dataDir, Path javaHome, int heapMegabytes,
                                           Path consoleLog) {
        List<String> command = new ArrayList<>(user.launchPrefix());
        command.add(home.resolve("bin/elasticsearch").toString());
        command.add("-p");
        command.add(dataDir.resolve(DataDirectoryLock.NODE_PID_FILE).toString());
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(consoleLog.toFile()));
        builder.environment().put("ES_JAVA_HOME", javaHome.toString());
        builder.environment().put("ES_PATH_CONF", config.toString());
        builder.environment().put("ES_JAVA_OPTS", "-Xms" + heapMegabytes + "m -Xmx" + heapMegabytes + "m");
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        builder.environment().remove("ES_TMPDIR");
        return builder;
    }

    private void awaitHealth(Duration timeout, int httpPort) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = access.request("/_cluster/health?wait_for_status=yellow&timeout=1s").timeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            Process process = keeper.process();
            if (!process.isAlive()) {
                throw StartupFailure.explain(process.exitValue(), consoleLog, httpPort);
            }
            try {
                HttpResponse<String> response = http.send(health, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && !response.body().contains("\"timed_out\":true")) {
                    return;
                }
                if (response.statusCode() == 401) {
                    close();
                    throw new EmbeddedNodeException("The embedded Elasticsearch refused the app's own user; its log is " + consoleLog + ".",
                            "Read that log for why the node did not load its users file (config/users in the data directory).");
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            sleep(Duration.ofMillis(250));
        }
        close();
        throw new EmbeddedNodeException(
                "The embedded Elasticsearch did not become healthy within " + timeout.toSeconds() + " s; its log is " + consoleLog + ".",
                "Read the log, or raise newsdesk.elasticsearch.embedded.startup-timeout on a slow machine.");
    }

    /** Stops the node gracefully, then forcibly after a grace period; never leaves a process behind. */
    @Override
    public void close() {
        keeper.close();
        Process process = keeper.process();
        try {
            if (process.isAlive()) {
                log.info("Stopping embedded Elasticsearch (pid {})", process.pid());
                List<ProcessHandle> descendants = process.descendants().toList();
                process.destroy();
                if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
                for (ProcessHandle child : descendants) {
                    child.onExit().get(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        } catch (ExecutionException | TimeoutException e) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
        } finally {
            try {
                Files.deleteIfExists(lock.directory().resolve(NodeAccess.URL_FILE));
                lock.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * The data directory stays the app's (the node may read it, no one else may): a node that could write it could put
     * its own config in place of the app's, or a link to a system file where the app writes.
     */
    private static void createWritable(Path dataDir, NodeUser user) {
        try {
            Files.createDirectories(dataDir);
            user.readOnlyDirectory(dataDir);
            removeLinks(dataDir);
            Files.createDirectories(dataDir.resolve("logs"));
            Files.createDirectories(dataDir.resolve("data"));
        } catch (IOException e) {
            throw new EmbeddedNodeException("The data directory " + dataDir + " cannot be created: " + e.getMessage() + ".",
                    "Set newsdesk.elasticsearch.embedded.data-dir to a writable directory.", e);
        }
        if (!Files.isWritable(dataDir)) {
            throw new EmbeddedNodeException("The data directory " + dataDir + " is not writable.",
                    "Set newsdesk.elasticsearch.embedded.data-dir to a writable directory.");
        }
    }

    /** The app never makes links in the data directory; one there was put by an older install's node. */
    private static void removeLinks(Path dataDir) throws IOException {
        try (var entries = Files.list(dataDir)) {
            for (Path link : entries.filter(Files::isSymbolicLink).toList()) {
                log.warn("Removing the symbolic link {}, which the app did not make", link);
                Files.delete(link);
            }
        }
    }

    /** Where the node's output goes: written by the app, so kept where only the app can make or replace files. */
    private static Path consoleLog(Path dataDir) throws IOException {
        Path consoleLog = dataDir.resolve(CONSOLE_LOG);
        if (!Files.exists(consoleLog, LinkOption.NOFOLLOW_LINKS)) {
            Files.createFile(consoleLog, PosixFilePermissions.asFileAttribute(NodePassword.OWNER_ONLY));
        }
        Files.setPosixFilePermissions(consoleLog, NodePassword.OWNER_ONLY);
        return consoleLog;
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(LOOPBACK))) {
            return socket.getLocalPort();
        }
    }

    private static int requireFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getByName(LOOPBACK))) {
            return port;
        } catch (IOException e) {
            throw new EmbeddedNodeException("Port " + port + " is taken, so the embedded Elasticsearch cannot listen on it.",
                    "Stop the process on port " + port + ", or set newsdesk.elasticsearch.embedded.http-port to another port (0 picks a free one).");
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
