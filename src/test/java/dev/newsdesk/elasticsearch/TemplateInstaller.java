package dev.newsdesk.elasticsearch;

import java.io.IOException;
import java.net.URI;

import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;

/** Installs the app's index templates on a node without starting the app, for tests and benchmarks that index directly. */
public final class TemplateInstaller {

    private TemplateInstaller() {
    }

    /** Puts the templates of {@code index-templates/} with the app's own {@link IndexTemplates}. */
    public static void install(URI elasticsearch) throws IOException {
        try (RestClient rest = RestClient.builder(HttpHost.create(elasticsearch.toString())).build()) {
            new IndexTemplates(new ElasticsearchClient(new RestClientTransport(rest, new Jackson3JsonpMapper()))).install();
        }
    }
}
