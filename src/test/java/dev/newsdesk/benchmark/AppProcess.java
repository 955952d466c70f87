package dev.newsdesk.benchmark;

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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged app as users run it ({@code java -jar target/newsdesk.jar}), started as a separate process on a
 * free loopback port: how long it takes to report health UP, how much memory it and its Elasticsearch node hold,
 * and whether SIGTERM leaves any process behind.
 */
final class AppProcess {

    private static final Duration HEALTH_POLL = Duration.ofMillis(200);

    private final Process process;
    private final URI url;
    private final Path log;
    private final long startedNanos;

    private AppProcess(Process process, URI url, Path log, long startedNanos) {
        this.process = process;
        this.url = url;
        this.log = log;
        this.startedNanos = startedNanos;
    }

    static AppProcess start(Path jar, Path workingDirectory, List<String> arguments, Path log) throws IOException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: run the benchmark with mvn -B -Pbenchmark verify, which packages it first.");
        }
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toAbsolutePath().toString(),
                "--server.port=" + port, "--newsdesk.ingest.seed-on-empty=false"));
        command.addAll(arguments);
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        long started = System.nanoTime();
        return new AppProcess(builder.start(), URI.create("http://127.0.0.1:" + port), log, started);
    }

    URI url() {
        return url;
    }

    long pid() {
        return process.pid();
    }

    /** Waits until /actuator/health says UP and returns the time since launch; fails with the log's path if it does not. */
    Duration awaitHealthy(HttpClient http, Duration timeout) throws IOException {
        HttpRequest health = HttpRequest.newBuilder(url.resolve("/actuator/health")).timeout(Duration.ofSeconds(5)).build();
        long deadline = startedNanos + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The app exited with status " + process.exitValue() + " before health was UP; see " + log);
            }
            try {
                HttpResponse<String> response = Http.send(http, health, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"status\":\"UP\"")) {
                    return Duration.ofNanos(System.nanoTime() - startedNanos);
                }
            } catch (IOException e) {
                // not listening yet
            }
            sleep(HEALTH_POLL);
        }
        throw new IllegalStateException("The app did not report health UP within " + timeout.toSeconds() + " s; see " + log);
    }

    long appResidentBytes() {
        return ProcessMemory.residentBytes(process.pid());
    }

    /** Every process the app started, with their children: the embedded Elasticsearch node. */
    List<ProcessHandle> descendants() {
        return process.descendants().toList();
    }

    /**
     * Sends SIGTERM, waits for the app to exit, then looks for survivors: the app's former descendants and any
     * process whose command line names {@code nodeMarker} (the node's data directory). Survivors are killed and
     * reported, so a failed check never leaves them running.
     */
    Stopped stop(String nodeMarker, Duration timeout) throws InterruptedException {
        List<ProcessHandle> descendants = descendants();
        long started = System.nanoTime();
        process.destroy();
        boolean exited = process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        if (!exited) {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        sleep(Duration.ofSeconds(1));
        List<ProcessHandle> survivors = new ArrayList<>(descendants.stream().filter(ProcessHandle::isAlive).toList());
        if (nodeMarker != null) {
            ProcessMemory.commandLineMentions(nodeMarker).stream().filter(p -> !survivors.contains(p)).forEach(survivors::add);
        }
        survivors.forEach(ProcessHandle::destroyForcibly);
        return new Stopped(exited, took, survivors.stream().map(p -> p.pid() + " " + p.info().command().orElse("?")).toList());
    }

    /** How a SIGTERM went: whether the app exited in time, how long it took, and what it left running. */
    record Stopped(boolean exited, Duration took, List<String> survivors) {
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
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
