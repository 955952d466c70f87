package dev.newsdesk.elasticsearch;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import dev.newsdesk.elasticsearch.embedded.EmbeddedNode;
import dev.newsdesk.elasticsearch.embedded.NodeAccess;

/** The Elasticsearch cluster the app talks to: an external one at the configured node URLs, or the embedded node. */
public final class Cluster implements AutoCloseable {

    /** How the cluster came to be. */
    public enum Mode { EMBEDDED, EXTERNAL }

    private final List<URI> urls;
    private final Mode mode;
    private final NodeAccess embeddedAccess;
    private final EmbeddedNode node;

    private Cluster(List<URI> urls, Mode mode, NodeAccess embeddedAccess, EmbeddedNode node) {
        this.urls = List.copyOf(urls);
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
                return new Cluster(List.of(running.get().url()), Mode.EMBEDDED, running.get(), null);
            }
        }
        EmbeddedNode node = EmbeddedNode.start(properties.embedded());
        return new Cluster(List.of(node.access().url()), Mode.EMBEDDED, node.access(), node);
    }

    /** Where its nodes answer HTTP: the configured URLs of an external cluster, the one node of the embedded. */
    public List<URI> urls() {
        return urls;
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
