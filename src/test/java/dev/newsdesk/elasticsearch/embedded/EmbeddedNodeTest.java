package dev.newsdesk.elasticsearch.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@dev.newsdesk.Integration
class EmbeddedNodeTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir(factory = NodeReachableTempDir.class)
    Path tempDir;


    @Test
    void keepsIndexedDataAcrossRestartsAndLeavesNoProcessBehind() throws Exception {
        Path dataDir = tempDir.resolve("data");
        List<ProcessHandle> processes;
        try (EmbeddedNode node = EmbeddedNode.start(TestNodes.settings(dataDir, 0))) {
            send(node.access(), "PUT", "/notes/_doc/1?refresh=true", "{\"text\":\"kept across restarts\"}");
            processes = ProcessHandle.of(node.pid()).map(p -> java.util.stream.Stream.concat(java.util.stream.Stream.of(p), p.descendants()).toList()).orElseThrow();
        }
        assertThat(processes).isNotEmpty().noneMatch(ProcessHandle::isAlive);

        try (EmbeddedNode again = EmbeddedNode.start(TestNodes.settings(dataDir, 0))) {
            assertThat(send(again.access(), "GET", "/notes/_doc/1", null)).contains("kept across restarts");
        }
    }

    @Test
    void answersOnlyItsOwnUser() throws Exception {
        try (EmbeddedNode node = EmbeddedNode.start(TestNodes.settings(tempDir.resolve("locked"), 0))) {
            NodeAccess own = node.access();
            NodeAccess guessing = new NodeAccess(own.url(), own.username(), own.password() + "x");

            assertThat(status(HttpRequest.newBuilder(own.url().resolve("/_cat/indices")))).as("anonymous").isEqualTo(401);
            assertThat(status(guessing.request("/_cat/indices"))).as("a wrong password").isEqualTo(401);
            assertThat(status(own.request("/_cat/indices"))).as("the app's own user").isEqualTo(200);
        }
    }

    @Test
    void keepsItsPasswordInAnOwnerOnlyFileAndReusesItAfterARestart() throws Exception {
        Path dataDir = tempDir.resolve("restarted");
        String first;
        try (EmbeddedNode node = EmbeddedNode.start(TestNodes.settings(dataDir, 0))) {
            first = node.access().password();
        }
        Path file = dataDir.resolve("node.password");
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.getOwner(file).getName()).as("readable by the app's user, not the node's").isEqualTo(System.getProperty("user.name"));
        assertThat(Files.readString(file).strip()).isEqualTo(first).hasSizeGreaterThanOrEqualTo(40);

        try (EmbeddedNode again = EmbeddedNode.start(TestNodes.settings(dataDir, 0))) {
            assertThat(again.access().password()).isEqualTo(first);
            assertThat(status(again.access().request("/_cluster/health"))).isEqualTo(200);
        }
    }

    @Test
    void keepsItsDataLogsAndConfigFromOtherLocalUsersAlsoWhereAnOlderInstallLeftThemOpen() throws Exception {
        Path dataDir = tempDir.resolve("private");
        try (EmbeddedNode node = EmbeddedNode.start(TestNodes.settings(dataDir, 0))) {
            send(node.access(), "PUT", "/notes/_doc/1?refresh=true", "{\"text\":\"feed token 7f3a\"}");
            send(node.access(), "POST", "/notes/_flush", null);
            assertThat(Files.readString(Path.of("/proc", Long.toString(serverPid(node)), "status"))).as("the node's umask").contains("Umask:\t0077");
        }
        assertThat(openToGroupOrOthers(dataDir.resolve("data"))).as("what the node wrote").isEmpty();
        assertThat(openToGroupOrOthers(dataDir.resolve("logs"))).as("what the node logged").isEmpty();
        openUpAsUmask022Did(dataDir);

        try (EmbeddedNode again = EmbeddedNode.start(TestNodes.settings(dataDir, 0))) {
            assertThat(openToGroupOrOthers(dataDir.resolve("data"))).as("closed again at start").isEmpty();
            assertThat(openToGroupOrOthers(dataDir.resolve("logs"))).isEmpty();
            assertThat(openToOthers(dataDir)).isEmpty();
            assumeTrue(isRoot(), "reading as another local user needs a root test (CI runs as root)");
            List<Path> secrets = List.of(luceneFile(dataDir.resolve("data/indices")), dataDir.resolve("config/users"),
                    dataDir.resolve("config/elasticsearch.keystore"), anyFileEndingIn(dataDir.resolve("logs"), ".log"), dataDir.resolve("console.log"));
            for (Path secret : secrets) {
                assertThat(secret).exists();
                assertThat(asUser(OTHER_USER, "cat", secret.toString())).as("%s read by %s", secret, OTHER_USER).contains("Permission denied");
            }
            assertThat(asUser(OTHER_USER, "ls", dataDir.resolve("data").toString())).contains("Permission denied");
            assertThat(asUser(OTHER_USER, "ls", dataDir.toString())).contains("Permission denied");
        }
    }

    @Test
    void runsAsAUserOfItsOwnThatCannotChangeItsUsersOrConfig() throws Exception {
        assumeTrue(isRoot(), "only a root app runs the node as another user (CI runs as root)");
        Path dataDir = tempDir.resolve("users");
        Path systemFile = Files.writeString(tempDir.resolve("system-file"), "root's own\n");
        leaveAsAnOlderInstallsNodeCould(dataDir, systemFile);
        try (EmbeddedNode node = EmbeddedNode.start(TestNodes.settings(dataDir, 0))) {
            assertThat(Files.readString(systemFile)).as("a file the node linked to from its old config").isEqualTo("root's own\n");
            assertThat(dataDir.resolve("planted")).as("a link the node planted in the data directory").doesNotExist();
            String nodeUser = ProcessHandle.of(node.pid()).orElseThrow().info().user().orElseThrow();
            assertThat(nodeUser).isEqualTo(NodeUser.DEDICATED);
            Path config = dataDir.resolve("config");
            String users = config.resolve("users").toString();

            assertThat(asUser(nodeUser, "sh", "-c", "echo 'intruder:$2a$10$x' >> " + users)).contains("Permission denied");
            assertThat(asUser(nodeUser, "sh", "-c", "echo 'superuser:intruder' >> " + config.resolve("users_roles"))).contains("Permission denied");
            assertThat(asUser(nodeUser, "touch", config.resolve("roles.yml").toString())).contains("Permission denied");
            assertThat(asUser(nodeUser, "mv", config.toString(), dataDir.resolve("replaced").toString())).contains("Permission denied");
            assertThat(asUser(nodeUser, "touch", dataDir.resolve("elasticsearch.yml").toString())).contains("Permission denied");
            assertThat(asUser(nodeUser, "cat", users)).as("the node reads its users").startsWith("newsdesk:");
            for (Path path : List.of(dataDir, config, config.resolve("users"), config.resolve("elasticsearch.keystore"), config.resolve("elasticsearch.yml"))) {
                assertThat(Files.getOwner(path).getName()).as("owner of %s", path).isEqualTo("root");
            }
            assertThat(status(node.access().request("/_cluster/health"))).as("the node started on a config it cannot write").isEqualTo(200);
        }
    }

    @Test
    void refusesASecondInstanceOnTheSameDataDirectoryWithAClearMessage() throws IOException {
        Path dataDir = tempDir.resolve("shared");
        Files.createDirectories(dataDir);
        try (DataDirectoryLock first = DataDirectoryLock.acquire(dataDir)) {
            assertThatThrownBy(() -> EmbeddedNode.start(TestNodes.settings(dataDir, 0)))
                    .isInstanceOf(EmbeddedNodeException.class)
                    .hasMessageContaining("is in use by another Newsdesk instance")
                    .hasMessageContaining(dataDir.toString());
        }
    }

    @Test
    void saysWhichPortIsTakenWhenTheConfiguredPortIsInUse() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertThatThrownBy(() -> EmbeddedNode.start(TestNodes.settings(tempDir.resolve("port"), taken.getLocalPort())))
                    .isInstanceOf(EmbeddedNodeException.class)
                    .hasMessage("Port " + taken.getLocalPort() + " is taken, so the embedded Elasticsearch cannot listen on it.");
        }
    }

    @Test
    void saysWhenTheDataDirectoryCannotBeCreated() throws IOException {
        Path aFile = Files.writeString(tempDir.resolve("a-file"), "not a directory");
        assertThatThrownBy(() -> EmbeddedNode.start(TestNodes.settings(aFile.resolve("data"), 0)))
                .isInstanceOf(EmbeddedNodeException.class)
                .hasMessageStartingWith("The data directory " + aFile.resolve("data") + " cannot be created");
    }

    @Test
    void saysWhenTheDistributionIsMissing() {
        var missing = TestNodes.settings(tempDir.resolve("nodist"), Map.of("distribution", tempDir.resolve("no-such-distribution")));
        assertThatThrownBy(() -> EmbeddedNode.start(missing))
                .isInstanceOf(EmbeddedNodeException.class)
                .hasMessageStartingWith("No Elasticsearch distribution at");
    }

    @Test
    void saysWhenThereIsNoJavaToRunTheNodeOn() {
        assertThatThrownBy(() -> EmbeddedNode.requireJava(tempDir.resolve("not-a-jdk")))
                .isInstanceOf(EmbeddedNodeException.class)
                .hasMessage("No Java runtime at " + tempDir.resolve("not-a-jdk") + " to run Elasticsearch on.");
    }

    /** A local user that is neither the app's nor the node's. */
    private static final String OTHER_USER = "nobody";

    private static boolean isRoot() throws IOException {
        return (Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid") == 0;
    }

    /** Runs a command as {@code user} with that user's group alone and returns what it printed, errors included. */
    private static String asUser(String user, String... command) throws Exception {
        Process id = new ProcessBuilder("id", "-g", user).start();
        String group = new String(id.getInputStream().readAllBytes()).strip();
        assertThat(id.waitFor()).as("user %s exists", user).isZero();
        List<String> line = new ArrayList<>(List.of("setpriv", "--reuid=" + user, "--regid=" + group, "--clear-groups", "--"));
        line.addAll(List.of(command));
        Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        process.waitFor();
        return output;
    }

    /** The Elasticsearch server itself: the last Java process the launcher started. */
    private static long serverPid(EmbeddedNode node) {
        ProcessHandle launcher = ProcessHandle.of(node.pid()).orElseThrow();
        return Stream.concat(Stream.of(launcher), launcher.descendants())
                .filter(p -> p.info().commandLine().orElse("").contains("org.elasticsearch.bootstrap.Elasticsearch"))
                .reduce((first, second) -> second).orElseThrow().pid();
    }

    private static Path luceneFile(Path data) throws IOException {
        try (Stream<Path> files = Files.walk(data)) {
            return files.filter(Files::isRegularFile).filter(f -> f.getFileName().toString().startsWith("segments_")).findFirst().orElseThrow();
        }
    }

    private static Path anyFileEndingIn(Path directory, String suffix) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst().orElseThrow();
        }
    }

    private static List<Path> openToGroupOrOthers(Path tree) throws IOException {
        return withAnyOf(tree, Set.of(PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE,
                PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE));
    }

    private static List<Path> openToOthers(Path tree) throws IOException {
        List<Path> open = new ArrayList<>();
        for (Path path : withAnyOf(tree, Set.of(PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE))) {
            // The app's own small files in the data directory, which no other user can reach through it.
            if (!path.getParent().equals(tree) || Files.isDirectory(path)) {
                open.add(path);
            }
        }
        return open;
    }

    private static List<Path> withAnyOf(Path tree, Set<PosixFilePermission> bits) throws IOException {
        try (Stream<Path> paths = Files.walk(tree)) {
            return paths.filter(p -> !Files.isSymbolicLink(p)).filter(p -> {
                try {
                    return Files.getPosixFilePermissions(p).stream().anyMatch(bits::contains);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }

    /** A data directory and config that an older install's node owned, with links to a root file where the app writes. */
    private static void leaveAsAnOlderInstallsNodeCould(Path dataDir, Path systemFile) throws IOException {
        Path config = Files.createDirectories(dataDir.resolve("config"));
        Files.createSymbolicLink(config.resolve("elasticsearch.yml"), systemFile);
        Files.createSymbolicLink(dataDir.resolve("planted"), systemFile);
        var nodeUser = dataDir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(NodeUser.DEDICATED);
        for (Path path : List.of(dataDir, config)) {
            Files.setOwner(path, nodeUser);
        }
    }

    /** What an install that started its node with umask 022 left: folders 0755, files 0644. */
    private static void openUpAsUmask022Did(Path dataDir) throws IOException {
        try (Stream<Path> paths = Files.walk(dataDir)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(Files.isDirectory(path) ? "rwxr-xr-x" : "rw-r--r--"));
            }
        }
    }

    private int status(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private String send(NodeAccess node, String method, String path, String body) throws Exception {
        HttpRequest.Builder request = node.request(path).header("Content-Type", "application/json");
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isBetween(200, 299);
        return response.body();
    }
}
