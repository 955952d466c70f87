package dev.newsdesk.elasticsearch;

import java.net.URI;
import java.util.Optional;

import dev.newsdesk.elasticsearch.embedded.EmbeddedNode;
import dev.newsdesk.elasticsearch.embedded.NodeAccess;

/** The Elasticsearch cluster the app talks to: an external one at a configured URL, or the embedded node. */
public final class Cluster implements AutoCloseable {

    /** How the cluster came to be. */
    public enum Mode { EMBEDDED, EXTERNAL }

    private final URI url;
    private final Mode mode;
    private final NodeAccess embeddedAccess;
    private final EmbeddedNode node;

    private Cluster(URI url, Mode mode, NodeAccess embeddedAccess, EmbeddedNode node) {
        this.url = url;
        this.mode = mode;
        this.embeddedAccess = embeddedAccess;
        this.node = node;
    }

    static Cluster connect(ElasticsearchProperties properties) {
        if (properties.external()) {
            return new Cluster(properties.url(), Mode.EXTERNAL, null, null);
        }
        if (properties.embedded().joinRunning()) {
            Optional<NodeAccess> running = NodeAccess.ofRunningNode(properties.embedded().dataDir());
            if (running.isPresent()) {
                return new Cluster(running.get().url(), Mode.EMBEDDED, running.get(), null);
            }
        }
        EmbeddedNode node = EmbeddedNode.start(properties.embedded());
        return new Cluster(node.access().url(), Mode.EMBEDDED, node.access(), node);
    }

    public URI url() {
        return url;
    }

    public Mode mode() {
        return mode;
    }

    /** The embedded node's own user, whom the app signs in as; empty for an external cluster (its credentials are settings). */
    Optional<NodeAccess> embeddedAccess() {
        return Optional.ofNullable(embeddedAccess);
    }

    @Override
    public void close() {
        if (node != null) {
            node.close();
        }
    }
}
