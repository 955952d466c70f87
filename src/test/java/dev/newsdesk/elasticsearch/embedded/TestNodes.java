package dev.newsdesk.elasticsearch.embedded;

import java.nio.file.Path;
import java.time.Duration;

import dev.newsdesk.elasticsearch.ElasticsearchProperties;

/** Settings for extra embedded nodes that lifecycle tests start beside the shared one. */
final class TestNodes {

    private TestNodes() {
    }

    static ElasticsearchProperties.Embedded settings(Path dataDir, int httpPort) {
        return new ElasticsearchProperties.Embedded(
                Path.of(System.getProperty("newsdesk.elasticsearch.embedded.distribution")),
                Path.of(System.getProperty("newsdesk.elasticsearch.embedded.plugin")),
                Path.of(System.getProperty("java.io.tmpdir"), "newsdesk-elasticsearch"),
                dataDir, httpPort, 256, "nobody", Duration.ofMinutes(3), false);
    }
}
