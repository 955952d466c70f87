package dev.newsdesk.platform;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
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

import org.awaitility.core.ConditionTimeoutException;
import org.awaitility.core.TerminalFailureException;
import dev.newsdesk.security.PortalClient;

/**
 * The app started as users start it, as its own JVM on a free loopback port, its output in a log file: from the
 * packaged jar (benchmarks, which run after {@code package}) or from the test class path (tests, which run before).
 * The one way tests and benchmarks start the app; it waits for health UP, signals the app and tells what it left.
 */
public final class AppProcess implements AutoCloseable {

    private static final String SEEDING = "--newsdesk.ingest.seed-on-empty";

    private static final Duration HEALTH_POLL = Duration.ofMillis(200);
    private static final Duration DESCENDANTS_GRACE = Duration.ofSeconds(5);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

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

    /** How the app is launched: the java command line before the app's own arguments, and the working directory. */
    public record Launch(List<String> command, Path directory) {

        /** The packaged jar, as users run it. */
        public static Launch jar(Path jar, Path directory) {
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException(jar + " is missing: run the benchmark or the soak with mvn -B -Pbenchmark verify or "
                        + "mvn -B -Psoak verify, which package it first.");
            }
            return new Launch(List.of(java(), "-jar", jar.toAbsolutePath().toString()), directory);
        }

        /** The test JVM's class path and the app's main class, in the test's working directory (tests run before the jar exists). */
        public static Launch testClassPath() {
            return new Launch(List.of(java(), "-Xmx512m", "-cp", System.getProperty("java.class.path"), "dev.newsdesk.NewsdeskApplication"),
                    Path.of("").toAbsolutePath());
        }

        /**
         * The app with {@code arguments} (a command such as {@code ingest}, settings) as its own process, its output
         * in {@code log}. The environment's {@code NEWSDESK_*} settings and Java options are left out, so only the
         * arguments configure it.
         */
        public ProcessBuilder process(List<String> arguments, Path log) throws IOException {
            List<String> line = new ArrayList<>(command);
            line.addAll(arguments);
            Files.createDirectories(log.toAbsolutePath().getParent());
            ProcessBuilder builder = new ProcessBuilder(line).directory(directory.toFile())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
            builder.environment().keySet().removeIf(name -> name.startsWith("NEWSDESK_"));
            builder.environment().remove("JAVA_TOOL_OPTIONS");
            return builder;
        }

        private static String java() {
            return Path.of(System.getProperty("java.home"), "bin", "java").toString();
        }
    }

    /**
     * Starts the portal on a free port, without seeding unless the arguments ask for it, with {@code arguments} after
     * those; only the arguments configure it (see {@link Launch#process}).
     */
    public static AppProcess start(Launch launch, Path log, List<String> arguments) throws IOException {
        int port = freePort();
        List<String> portal = new ArrayList<>();
        portal.add("--server.port=" + port);
        if (arguments.stream().noneMatch(argument -> argument.startsWith(SEEDING + "="))) {
            portal.add(SEEDING + "=false");
        }
        portal.addAll(arguments);
        return launch(launch.process(portal, log), log, URI.create("http://127.0.0.1:" + port));
    }

    /**
     * The portal from the test class path on its own embedded node in {@code dataDir}, with the tests' admin password
     * and any {@code settings} after those: how the tests that start, kill and restart a portal start it.
     */
    public static AppProcess embeddedPortal(Path dataDir, Path log, String... settings) throws IOException {
        List<String> arguments = new ArrayList<>(List.of("--newsdesk.elasticsearch.embedded.data-dir=" + dataDir,
                "--newsdesk.accounts.admin-password=" + PortalClient.ADMIN_PASSWORD));
        arguments.addAll(List.of(settings));
        return start(Launch.testClassPath(), log, arguments);
    }

    /**
     * The {@code ingest} command from the test class path over {@code articles}, on the node of {@code dataDir}: a
     * running portal's, or else one of its own.
     */
    public static AppProcess ingest(Path articles, Path dataDir, Path log, String... settings) throws IOException {
        List<String> arguments = new ArrayList<>(List.of("ingest", articles.toString(), "--newsdesk.elasticsearch.embedded.data-dir=" + dataDir));
        arguments.addAll(List.of(settings));
        return command(Launch.testClassPath(), log, arguments);
    }

    /** The {@code crawl} command from the test class path, with {@code arguments} (the cluster's, settings) after it. */
    public static AppProcess crawl(Path log, List<String> arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of("crawl"));
        command.addAll(arguments);
        return command(Launch.testClassPath(), log, command);
    }

    /**
     * Runs one of the jar's commands ({@code ingest DIR}, {@code crawl}, {@code sources import FILE}, ...) as users run
     * it: {@code arguments} begin with the command's name. Wait for it with {@link #awaitExit}; it has no URL.
     */
    public static AppProcess command(Launch launch, Path log, List<String> arguments) throws IOException {
        return launch(launch.process(arguments, log), log, null);
    }

    private static AppProcess launch(ProcessBuilder builder, Path log, URI url) throws IOException {
        long started = System.nanoTime();
        return new AppProcess(builder.start(), url, log, started);
    }

    public URI url() {
        return url;
    }

    public long pid() {
        return process.pid();
    }

    /** Everything the app has written so far (standard output and error). */
    public String output() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Waits until {@code /actuator/health} says UP and returns the time since launch. Fails with the app's output if
     * the app exits first or {@code timeout} (counted from launch) passes.
     */
    public Duration awaitHealthy(Duration timeout) {
        Duration left = timeout.minusNanos(System.nanoTime() - startedNanos);
        try {
            await().atMost(left.isNegative() ? Duration.ZERO : left).pollDelay(Duration.ZERO).pollInterval(HEALTH_POLL)
                    .failFast("the app exited before health was UP", () -> !process.isAlive())
                    .until(this::healthy);
        } catch (ConditionTimeoutException | TerminalFailureException e) {
            String exit = process.isAlive() ? "health was not UP within " + timeout.toSeconds() + " s" : "the app exited with " + process.exitValue();
            throw new AssertionError(exit + "; its output (" + log + "):\n" + output(), e);
        }
        return Duration.ofNanos(System.nanoTime() - startedNanos);
    }

    /** The body of {@code /actuator/health} as an admin sees it (anonymous callers get the status only). */
    public String health(String adminPassword) throws IOException {
        String credentials = Base64.getEncoder().encodeToString(("admin:" + adminPassword).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(url.resolve("/actuator/health")).timeout(Duration.ofSeconds(5))
                .header("Authorization", "Basic " + credentials).build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while asking " + request.uri(), e);
        }
    }

    private boolean healthy() {
        try {
            HttpResponse<String> health = get("/actuator/health");
            return health.statusCode() == 200 && health.body().contains("\"status\":\"UP\"");
        } catch (IOException e) {
            return false;
        }
    }

    private HttpResponse<String> get(String path) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(url.resolve(path)).timeout(Duration.ofSeconds(5)).build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while asking " + request.uri(), e);
        }
    }

    /** Every process the app started, with their children: the embedded Elasticsearch node. */
    public List<ProcessHandle> descendants() {
        return process.descendants().toList();
    }

    /** Waits for the app to end by itself and returns its exit status; fails if it runs on past {@code timeout}. */
    public int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("the app did not exit within " + timeout.toSeconds() + " s; its output (" + log + "):\n" + output());
        }
        return process.exitValue();
    }

    /** SIGKILL: the app dies at once, without running its shutdown hooks, as in a crash or the OOM killer. */
    public void kill() {
        process.destroyForcibly();
    }

    /**
     * Sends SIGTERM, as Ctrl-C or a service manager does, and waits up to {@code timeout} for the app to exit; then
     * gives what it started a few seconds to end. Whatever still runs is killed and reported, so a failed check never
     * leaves a process behind.
     */
    public Stopped stop(Duration timeout) throws InterruptedException {
        List<ProcessHandle> descendants = descendants();
        long started = System.nanoTime();
        process.destroy();
        boolean exited = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        if (!exited) {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        try {
            await().atMost(DESCENDANTS_GRACE).until(() -> descendants.stream().noneMatch(ProcessHandle::isAlive));
        } catch (ConditionTimeoutException e) {
            // reported below as survivors
        }
        List<ProcessHandle> survivors = descendants.stream().filter(ProcessHandle::isAlive).toList();
        survivors.forEach(ProcessHandle::destroyForcibly);
        return new Stopped(exited ? process.exitValue() : null, took,
                survivors.stream().map(p -> p.pid() + " " + p.info().command().orElse("?")).toList());
    }

    /**
     * How a SIGTERM went: the app's exit status (null if it did not exit in time), how long it took, and the
     * processes it had started that outlived it.
     */
    public record Stopped(Integer exitStatus, Duration took, List<String> survivors) {

        public boolean exited() {
            return exitStatus != null;
        }
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
