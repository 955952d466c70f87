package dev.newsdesk.elasticsearch;

import java.net.URI;

import dev.newsdesk.elasticsearch.embedded.EmbeddedNode;

/** The Elasticsearch cluster the app talks to: an external one at a configured URL, or the embedded node. */
public final class Cluster implements AutoCloseable {

    /** How the cluster came to be. */
    public enum Mode { EMBEDDED, EXTERNAL }

    private final URI url;
    private final Mode mode;
    private final EmbeddedNode node;

    private Cluster(URI url, Mode mode, EmbeddedNode node) {
        this.url = url;
        this.mode = mode;
        this.node = node;
    }

    static Cluster connect(ElasticsearchProperties properties) {
        if (properties.external()) {
            return new Cluster(properties.url(), Mode.EXTERNAL, null);
        }
        if (properties.embedded().joinRunning()) {
            var running = EmbeddedNode.runningOn(properties.embedded().dataDir());
            if (running.isPresent()) {
                return new Cluster(running.get(), Mode.EMBEDDED, null);
            }
        }
        EmbeddedNode node = EmbeddedNode.start(properties.embedded());
        return new Cluster(node.url(), Mode.EMBEDDED, node);
    }

    public URI url() {
        return url;
    }

    public Mode mode() {
        return mode;
    }

    @Override
    public void close() {
        if (node != null) {
            node.close();
        }
    }
}
