package dev.newsdesk.elasticsearch;

import java.io.IOException;
import java.net.URI;

import co.elastic.clients.elasticsearch.ElasticsearchClient;

/** Installs the app's index templates on a node without starting the app, for tests and benchmarks that index directly. */
public final class TemplateInstaller {

    private TemplateInstaller() {
    }

    /** Puts the templates of {@code index-templates/} with the app's own {@link IndexTemplates}. */
    public static void install(URI elasticsearch) throws IOException {
        try (ElasticsearchClient client = ElasticsearchClients.forUrl(elasticsearch)) {
            new IndexTemplates(client).install();
        }
    }
}
