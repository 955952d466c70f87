package dev.newsdesk.soak;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.newsdesk.platform.AppProcess;

/**
 * The {@code ingest} command of the packaged jar, as a user runs it beside the portal: given the portal's data
 * directory, it joins the portal's node (README, "Indexing your own articles"). Each run writes its own log.
 */
final class JarIngest {

    private final AppProcess.Launch launch;
    private final Path dataDirectory;
    private final Path logDirectory;

    JarIngest(AppProcess.Launch launch, Path dataDirectory, Path logDirectory) {
        this.launch = launch;
        this.dataDirectory = dataDirectory;
        this.logDirectory = logDirectory;
    }

    /** Starts ingesting {@code articles}; the output goes to {@code <name>.log} in the log directory. */
    Process start(Path articles, String name) throws IOException {
        return launch.process(List.of("ingest", articles.toString(), "--newsdesk.elasticsearch.embedded.data-dir=" + dataDirectory),
                log(name)).start();
    }

    /** Ingests {@code articles} and returns the exit status; fails if the command runs past {@code timeout}. */
    int run(Path articles, String name, Duration timeout) throws IOException, InterruptedException {
        Process ingest = start(articles, name);
        if (!ingest.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            stop(ingest);
            throw new IllegalStateException("ingest of " + articles + " did not end within " + timeout.toMinutes() + " minutes; see " + log(name));
        }
        return ingest.exitValue();
    }

    Path log(String name) {
        return logDirectory.resolve(name + ".log");
    }

    /** SIGTERM, as Ctrl-C does; SIGKILL if it is still running half a minute later. */
    static void stop(Process ingest) throws InterruptedException {
        ingest.destroy();
        if (!ingest.waitFor(30, TimeUnit.SECONDS)) {
            ingest.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }
}
