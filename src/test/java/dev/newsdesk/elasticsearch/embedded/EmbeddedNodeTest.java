package dev.newsdesk.elasticsearch.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
