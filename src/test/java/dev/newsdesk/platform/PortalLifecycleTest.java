package dev.newsdesk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.newsdesk.security.PortalClient;
import dev.newsdesk.command.NewsdeskCommand;
import dev.newsdesk.elasticsearch.embedded.NodeAccess;
import dev.newsdesk.elasticsearch.embedded.NodeReachableTempDir;
import dev.newsdesk.Integration;

/** The portal as users run it: its own JVM, its own embedded node, stopped by signals. */
@Integration
class PortalLifecycleTest {

    private static final Duration STARTUP = Duration.ofMinutes(5);
    /** What a JVM that ran its shutdown hooks after SIGTERM exits with: 128 + 15. */
    private static final int TERMINATED_BY_SIGTERM = 143;
    private static final String ADMIN = "Basic " + Base64.getEncoder().encodeToString(("admin:" + PortalClient.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));

    @TempDir(factory = NodeReachableTempDir.class)
    Path tempDir;


    @Test
    void stoppingThePortalWithSigtermStopsItsElasticsearch() throws Exception {
        Path dataDir = tempDir.resolve("data");
        try (AppProcess portal = startPortal(dataDir, "portal.log")) {
            portal.awaitHealthy(STARTUP);
            ProcessHandle node = node(dataDir);
            assertThat(portal.health(PortalClient.ADMIN_PASSWORD)).contains("\"mode\":\"embedded\"", "\"status\":\"green\"");
            assertThat(send(portal(portal, "/api/search?q=blinken&size=1"), "GET", null))
                    .as("health is UP only once the seed articles are searchable").contains("\"total\":5");
            assertThat(send(portal(portal, "/actuator/health/readiness"), "GET", null)).contains("\"status\":\"UP\"");

            AppProcess.Stopped stopped = portal.stop(Duration.ofSeconds(60));

            assertThat(stopped.exitStatus()).as("exit status after SIGTERM").isEqualTo(TERMINATED_BY_SIGTERM);
            assertThat(stopped.survivors()).as("processes the portal left running").isEmpty();
            assertThat(node.isAlive()).isFalse();
            assertThat(portal.output()).as("the portal stopped its node itself").contains("Stopping embedded Elasticsearch");
            assertThat(dataDir.resolve("node.url")).as("the running node's address, removed when it stops").doesNotExist();
        }
    }

    @Test
    void aCrashedPortalTakesItsNodeDownAndTheNextStartKeepsTheData() throws Exception {
        Path dataDir = tempDir.resolve("data");
        String password;
        try (AppProcess first = startPortal(dataDir, "first.log")) {
            first.awaitHealthy(STARTUP);
            password = nodeAccess(dataDir).password();
            send(nodeAccess(dataDir).request("/articles/_doc/crash-test?refresh=true"), "PUT",
                    "{\"title\":\"Survives a crash\",\"body\":\"kept\",\"source\":\"crash.txt\"}");
            ProcessHandle node = node(dataDir);

            first.kill();

            assertThat(node.onExit().get(60, TimeUnit.SECONDS).isAlive()).isFalse();
        }
        try (AppProcess second = startPortal(dataDir, "second.log")) {
            second.awaitHealthy(STARTUP);
            assertThat(nodeAccess(dataDir).password()).as("the node's password, kept across starts").isEqualTo(password);
            assertThat(send(nodeAccess(dataDir).request("/articles/_doc/crash-test"), "GET", null)).contains("Survives a crash");

            StringWriter out = new StringWriter();
            int ingested = NewsdeskCommand.execute(new PrintWriter(out, true), new PrintWriter(System.err, true),
                    "ingest", "seeds", "--newsdesk.elasticsearch.embedded.data-dir=" + dataDir);
            assertThat(ingested).as("the ingest command uses the running portal's node").isZero();
            assertThat(out.toString()).contains("5 files");
            assertThat(send(nodeAccess(dataDir).request("/articles/_count?q=source:00*"), "GET", null)).contains("\"count\":5");

            try (AppProcess third = startPortal(dataDir, "third.log")) {
                assertThat(third.awaitExit(Duration.ofMinutes(2))).isNotZero();
                assertThat(third.output())
                        .contains("is in use by another Newsdesk instance")
                        .contains("APPLICATION FAILED TO START")
                        .doesNotContain("\tat dev.newsdesk");
            }
        }
    }

    @Test
    void keepsTheNodePasswordOutOfItsLogItsHealthAndEveryOtherFile() throws Exception {
        Path dataDir = tempDir.resolve("data");
        try (AppProcess portal = startPortal(dataDir, "portal.log")) {
            portal.awaitHealthy(STARTUP);
            NodeAccess node = nodeAccess(dataDir);
            String encoded = node.authorization().substring("Basic ".length());

            String health = send(portal(portal, "/actuator/health").header("Authorization", ADMIN), "GET", null);

            assertThat(health).as("health as an admin sees it").contains("\"mode\":\"embedded\"").doesNotContain(node.password(), encoded);
            assertThat(portal.output()).as("the portal's log").contains("Embedded Elasticsearch is up")
                    .doesNotContain(node.password(), encoded);
            assertThat(filesContaining(dataDir, node.password())).as("files in the data directory that hold the password")
                    .containsExactly(dataDir.resolve("node.password"));
        }
    }

    /** A portal as a newcomer starts it: its seed articles are ingested into an empty index. */
    private AppProcess startPortal(Path dataDir, String log) throws Exception {
        return AppProcess.embeddedPortal(dataDir, tempDir.resolve(log),
                "--newsdesk.ingest.seed-on-empty=true", "--newsdesk.elasticsearch.embedded.heap-megabytes=256");
    }

    /** The Elasticsearch server the portal started, from the pid file the node writes. */
    private static ProcessHandle node(Path dataDir) throws Exception {
        return ProcessHandle.of(Long.parseLong(Files.readString(dataDir.resolve("logs/elasticsearch.pid")).strip())).orElseThrow();
    }

    private static List<Path> filesContaining(Path dir, String text) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            List<Path> holding = new ArrayList<>();
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(text)) {
                    holding.add(file);
                }
            }
            return holding;
        }
    }

    /** The running node's address and credentials, as the ingest command reads them. */
    private static NodeAccess nodeAccess(Path dataDir) {
        return NodeAccess.ofRunningNode(dataDir).orElseThrow(() -> new AssertionError("no node runs on " + dataDir));
    }

    private static HttpRequest.Builder portal(AppProcess portal, String path) {
        return HttpRequest.newBuilder(portal.url().resolve(path));
    }

    private static String send(HttpRequest.Builder request, String method, String body) throws Exception {
        request.header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
        return response.body();
    }
}
