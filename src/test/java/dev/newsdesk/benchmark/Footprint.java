package dev.newsdesk.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.springframework.util.FileSystemUtils;

import dev.newsdesk.platform.AppProcess;

/**
 * Startup time and memory of the packaged app in embedded mode, as a user starts it: a first start on a fresh data
 * directory, then a restart on the same directory; resident memory of the app and of its node once healthy; and
 * whether SIGTERM stops both without leaving an Elasticsearch process behind.
 */
final class Footprint {

    private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(4);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration SETTLE = Duration.ofSeconds(5);

    private Footprint() {
    }

    static void measure(BenchmarkSettings settings, BenchmarkReport report) throws Exception {
        Path dataDirectory = Files.createTempDirectory("newsdesk-benchmark-footprint");
        try {
            List<String> arguments = List.of("--newsdesk.elasticsearch.embedded.data-dir=" + dataDirectory);
            for (String start : List.of("first start", "restart")) {
                AppProcess app = AppProcess.start(AppProcess.Launch.jar(settings.jar(), settings.repository()),
                        settings.workDirectory().resolve("footprint-" + start.replace(' ', '-') + ".log"), arguments);
                Duration healthy = app.awaitHealthy(STARTUP_TIMEOUT);
                // Memory is measured idle, once startup's work (index setup, JIT) has died down: a fixed wait, not a condition.
                Thread.sleep(SETTLE.toMillis());
                List<ProcessHandle> node = app.descendants();
                long appBytes = ProcessMemory.residentBytes(app.pid());
                long nodeBytes = ProcessMemory.residentBytes(node);
                AppProcess.Stopped stopped = app.stop(STOP_TIMEOUT);
                List<String> survivors = new ArrayList<>(stopped.survivors());
                nodesNaming(dataDirectory).stream().filter(left -> !survivors.contains(left)).forEach(survivors::add);
                if (start.equals("first start")) {
                    report.startup("Startup to health UP, first start", healthy,
                            "`java -jar target/newsdesk.jar`, embedded node, empty data directory (installs the node with the plugin if this build's is not installed yet)");
                } else {
                    report.startup("Startup to health UP, restart", healthy, "the same, on the data directory of the first start");
                    report.memory("Resident memory, app JVM", appBytes, "VmRSS of the app process, " + SETTLE.toSeconds() + " s after health UP, idle");
                    report.memory("Resident memory, Elasticsearch node", nodeBytes,
                            "VmRSS summed over the app's " + node.size() + " descendant processes (launcher and node JVM; node heap 512 MB)");
                    report.memory("Resident memory, app + node", appBytes + nodeBytes, "the two above");
                }
                report.footprint("Stop on SIGTERM, " + start,
                        (stopped.exited() ? Numbers.decimal(stopped.took().toMillis() / 1000.0) + " s" : "did not exit in " + STOP_TIMEOUT.toSeconds() + " s")
                                + ", " + (survivors.isEmpty() ? "no process left" : "LEFT " + survivors + " (killed by the benchmark)"),
                        "SIGTERM to the app; then its former descendants and any process naming the data directory are looked for");
                if (!survivors.isEmpty()) {
                    throw new IllegalStateException("SIGTERM left processes behind: " + survivors);
                }
            }
        } finally {
            FileSystemUtils.deleteRecursively(dataDirectory);
        }
    }

    /** Processes whose command line names the data directory: a node that left the app's process tree. Killed once found. */
    private static List<String> nodesNaming(Path dataDirectory) {
        List<ProcessHandle> left = ProcessMemory.commandLineMentions(dataDirectory.toString());
        left.forEach(ProcessHandle::destroyForcibly);
        return left.stream().map(process -> process.pid() + " " + process.info().command().orElse("?")).toList();
    }
}
