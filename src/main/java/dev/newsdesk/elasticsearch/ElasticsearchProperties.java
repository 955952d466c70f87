package dev.newsdesk.elasticsearch;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the Elasticsearch cluster is and how to reach it. Without a {@code url} the app runs its own embedded node.
 * Defaults live in application.yml.
 */
@ConfigurationProperties("newsdesk.elasticsearch")
public record ElasticsearchProperties(
        URI url,
        String username,
        String password,
        String apiKey,
        Path caCertificate,
        Embedded embedded) {

    public boolean external() {
        return url != null && !url.toString().isBlank();
    }

    /**
     * The embedded node: a real Elasticsearch server the app starts as a child process on loopback.
     * {@code joinRunning}: use the node of an app already running on the same data directory instead of failing
     * (set by the ingest command, never by the portal).
     */
    public record Embedded(
            Path distribution,
            Path plugin,
            Path installDir,
            Path dataDir,
            int httpPort,
            int heapMegabytes,
            String runAsUser,
            Duration startupTimeout,
            boolean joinRunning) {
    }
}
