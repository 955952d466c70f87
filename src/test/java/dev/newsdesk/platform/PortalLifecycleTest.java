package dev.newsdesk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.newsdesk.ingest.IngestCommand;

/** The portal as users run it: its own JVM, its own embedded node, stopped by signals. */
class PortalLifecycleTest {

    private static final Duration STARTUP = Duration.ofMinutes(3);

    @TempDir
    Path tempDir;

    @BeforeEach
    void letTheNodeUserReachTheTempDirectory() throws Exception {
        Files.setPosixFilePermissions(tempDir, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @Test
    void stoppingThePortalWithSigtermStopsItsElasticsearch() throws Exception {
        try (PortalProcess portal = PortalProcess.start(tempDir.resolve("data"), tempDir.resolve("portal.log")).awaitUp(STARTUP)) {
            ProcessHandle node = portal.node().orElseThrow();
            assertThat(portal.health()).contains("\"mode\":\"embedded\"", "\"status\":\"green\"");

            portal.signal("TERM");

            assertThat(portal.exitCode(Duration.ofSeconds(60))).isNotEqualTo(-1);
            assertThat(node.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS).isAlive()).isFalse();
        }
    }

    @Test
    void aCrashedPortalTakesItsNodeDownAndTheNextStartKeepsTheData() throws Exception {
        Path dataDir = tempDir.resolve("data");
        try (PortalProcess first = PortalProcess.start(dataDir, tempDir.resolve("first.log")).awaitUp(STARTUP)) {
            send(first.nodeUrl().resolve("/articles/_doc/crash-test?refresh=true"), "PUT",
                    "{\"title\":\"Survives a crash\",\"body\":\"kept\",\"source\":\"crash.txt\"}");
            ProcessHandle node = first.node().orElseThrow();

            first.signal("KILL");

            assertThat(node.onExit().get(60, java.util.concurrent.TimeUnit.SECONDS).isAlive()).isFalse();
        }
        try (PortalProcess second = PortalProcess.start(dataDir, tempDir.resolve("second.log")).awaitUp(STARTUP)) {
            assertThat(send(second.nodeUrl().resolve("/articles/_doc/crash-test"), "GET", null)).contains("Survives a crash");

            int ingested = IngestCommand.run(List.of("seeds", "--newsdesk.elasticsearch.url=",
                    "--newsdesk.elasticsearch.embedded.data-dir=" + dataDir), System.out, System.err);
            assertThat(ingested).as("the ingest command uses the running portal's node").isZero();
            assertThat(send(second.nodeUrl().resolve("/articles/_count?q=source:00*"), "GET", null)).contains("\"count\":5");

            PortalProcess third = PortalProcess.start(dataDir, tempDir.resolve("third.log"));
            assertThat(third.exitCode(Duration.ofMinutes(2))).isNotZero();
            assertThat(third.output())
                    .contains("is in use by another Newsdesk instance")
                    .contains("APPLICATION FAILED TO START")
                    .doesNotContain("\tat dev.newsdesk");
        }
    }

    private static String send(java.net.URI uri, String method, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
        return response.body();
    }
}
