package dev.newsdesk.platform;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The portal started as its own JVM, as a user starts it, on a given data directory. */
final class PortalProcess implements AutoCloseable {

    private final Process process;
    private final Path log;
    private final int port;
    private final Path dataDir;

    private PortalProcess(Process process, Path log, int port, Path dataDir) {
        this.process = process;
        this.log = log;
        this.port = port;
        this.dataDir = dataDir;
    }

    static PortalProcess start(Path dataDir, Path log, String... extraArguments) throws IOException {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), "dev.newsdesk.NewsdeskApplication",
                "--server.port=" + port,
                "--newsdesk.elasticsearch.url=",
                "--newsdesk.elasticsearch.embedded.data-dir=" + dataDir,
                "--newsdesk.elasticsearch.embedded.heap-megabytes=256",
                "--newsdesk.elasticsearch.embedded.distribution=" + System.getProperty("newsdesk.elasticsearch.embedded.distribution"),
                "--newsdesk.elasticsearch.embedded.plugin=" + System.getProperty("newsdesk.elasticsearch.embedded.plugin"),
                "--newsdesk.security.admin-password=test-admin", "--newsdesk.ingest.seed-on-empty=false"));
        command.addAll(List.of(extraArguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().remove("NEWSDESK_ELASTICSEARCH_URL");
        return new PortalProcess(builder.start(), log, port, dataDir);
    }

    /** Waits until /actuator/health answers UP; fails if the process ends first. */
    PortalProcess awaitUp(Duration timeout) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError("the portal exited with " + process.exitValue() + ":\n" + Files.readString(log));
            }
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("\"status\":\"UP\"")) {
                    return this;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the portal was not UP within " + timeout + ":\n" + Files.readString(log));
    }

    /** Where the portal answers HTTP. */
    URI url() {
        return URI.create("http://127.0.0.1:" + port);
    }

    String health() throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    int exitCode(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
            throw new AssertionError("the portal did not exit within " + timeout);
        }
        return process.exitValue();
    }

    String output() throws IOException {
        return Files.readString(log);
    }

    long pid() {
        return process.pid();
    }

    /** The Elasticsearch server process the portal started, from the pid file the node writes. */
    Optional<ProcessHandle> node() throws IOException {
        Path pidFile = dataDir.resolve("elasticsearch.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(Files.readString(pidFile).trim()));
    }

    URI nodeUrl() throws IOException {
        return URI.create(Files.readString(dataDir.resolve("node.url")).strip());
    }

    void signal(String signal) throws IOException, InterruptedException {
        new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).inheritIO().start().waitFor();
    }

    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
