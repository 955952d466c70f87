package dev.newsdesk.elasticsearch;

import java.io.IOException;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import dev.newsdesk.elasticsearch.embedded.NodeAccess;

/** Installs the app's index templates on a node without starting the app, for tests and benchmarks that index directly. */
public final class TemplateInstaller {

    private TemplateInstaller() {
    }

    /** Puts the templates of {@code index-templates/} with the app's own {@link IndexTemplates}. */
    public static void install(NodeAccess elasticsearch) throws IOException {
        try (ElasticsearchClient client = ElasticsearchClients.forNode(elasticsearch)) {
            new IndexTemplates(client).install();
        }
    }
}
