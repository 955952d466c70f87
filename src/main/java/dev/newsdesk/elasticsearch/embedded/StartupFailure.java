package dev.newsdesk.elasticsearch.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads why a node died during startup from its console log and says it in one sentence. */
final class StartupFailure {

    private StartupFailure() {
    }

    static EmbeddedNodeException explain(int exitCode, Path consoleLog, int httpPort) {
        List<String> lines = readLines(consoleLog);
        String log = String.join("\n", lines);
        if (log.contains("failed to obtain node locks")) {
            return new EmbeddedNodeException("Another Elasticsearch process is using the data directory; see " + consoleLog + ".",
                    "Stop that process, or set newsdesk.elasticsearch.embedded.data-dir to another directory.");
        }
        if (log.contains("BindException") || log.contains("Address already in use")) {
            return new EmbeddedNodeException("Port " + httpPort + " (or the transport port) was taken while Elasticsearch started.",
                    "Stop the other process or set newsdesk.elasticsearch.embedded.http-port to another port.");
        }
        if (log.contains("AccessDeniedException")) {
            return new EmbeddedNodeException("Elasticsearch cannot write to its directories: " + firstMatching(lines, "AccessDeniedException") + ".",
                    "Make newsdesk.elasticsearch.embedded.data-dir writable for the user the node runs as.");
        }
        return new EmbeddedNodeException("Elasticsearch exited with code " + exitCode + " while starting: "
                + firstMatching(lines, "ERROR") + ".", "Read " + consoleLog + " for the whole story.");
    }

    private static String firstMatching(List<String> lines, String needle) {
        return lines.stream().filter(line -> line.contains(needle)).findFirst().map(String::strip).orElse("no error in its log");
    }

    private static List<String> readLines(Path file) {
        try {
            List<String> lines = Files.readAllLines(file);
            return lines.subList(Math.max(0, lines.size() - 200), lines.size());
        } catch (IOException e) {
            return List.of();
        }
    }
}
