package dev.newsdesk.elasticsearch.embedded;

import java.nio.file.Path;
import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded node ({@code newsdesk.elasticsearch.embedded.*}): a real Elasticsearch server the app starts as a
 * child process on loopback. {@code distribution} and {@code plugin} come from the build (application.yml); every
 * other default is here.
 *
 * @param distribution   the unpacked Elasticsearch server
 * @param plugin         the analysis plugin zip
 * @param installDir     where the distribution is copied with the plugin installed; default {@code $TMPDIR/newsdesk-elasticsearch}
 * @param dataDir        where the node keeps its data, logs and config; one app at a time per directory
 * @param httpPort       port of the node on 127.0.0.1; 0 picks a free one
 * @param heapMegabytes  heap of the node
 * @param runAsUser      the user a root app starts the node as (Elasticsearch refuses to run as root); the default,
 *                       {@code newsdesk-es}, is created as a system user of the node's own if it does not exist
 * @param startupTimeout how long to wait for the node's cluster health
 * @param joinRunning    use the node of an app already running on the same data directory instead of failing (set by
 *                       the ingest command, never by the portal)
 */
public record EmbeddedNodeProperties(
        @NotNull Path distribution,
        @NotNull Path plugin,
        Path installDir,
        @DefaultValue("data/elasticsearch") @NotNull Path dataDir,
        @DefaultValue("0") @Min(0) @Max(65535) int httpPort,
        @DefaultValue("512") @Min(256) int heapMegabytes,
        @DefaultValue(NodeUser.DEDICATED) @NotBlank String runAsUser,
        @DefaultValue("120s") @NotNull @DurationMin(seconds = 1) Duration startupTimeout,
        @DefaultValue("false") boolean joinRunning) {

    public EmbeddedNodeProperties {
        // A default that depends on the machine, which @DefaultValue cannot express.
        installDir = installDir != null ? installDir : Path.of(System.getProperty("java.io.tmpdir"), "newsdesk-elasticsearch");
    }
}
