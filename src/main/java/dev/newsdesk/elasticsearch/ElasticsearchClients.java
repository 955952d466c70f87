package dev.newsdesk.elasticsearch;

import java.io.IOException;
import java.io.UncheckedIOException;

import javax.net.ssl.SSLContext;

import org.apache.http.Header;
import org.apache.http.HttpHost;
import org.apache.http.message.BasicHeader;
import org.elasticsearch.client.RestClient;
import org.elasticsearch.client.RestClientBuilder;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import co.elastic.clients.transport.TransportUtils;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import dev.newsdesk.elasticsearch.embedded.NodeAccess;

/**
 * The one place that builds Elasticsearch clients: the app's bean (through {@link ElasticsearchConfiguration}) and
 * the short-lived clients of tools that talk to a node without the app (tests, benchmarks).
 */
public final class ElasticsearchClients {

    private ElasticsearchClients() {
    }

    /** A client signed in as the node's user; closing it closes its connections. */
    public static ElasticsearchClient forNode(NodeAccess node) {
        return client(RestClient.builder(HttpHost.create(node.url().toString()))
                .setDefaultHeaders(new Header[] {new BasicHeader("Authorization", node.authorization())}).build());
    }

    static ElasticsearchClient client(RestClient restClient) {
        return new ElasticsearchClient(new RestClientTransport(restClient, new Jackson3JsonpMapper()));
    }

    static RestClient restClient(Cluster cluster, ElasticsearchProperties properties) {
        // Given several nodes, the low-level client spreads requests over them and sends a request that finds one
        // dead to the next, leaving the dead one out for a while.
        RestClientBuilder builder = RestClient.builder(cluster.urls().stream().map(url -> HttpHost.create(url.toString())).toArray(HttpHost[]::new));
        Header authorization = cluster.embeddedAccess()
                .<Header>map(node -> new BasicHeader("Authorization", node.authorization()))
                .orElseGet(() -> authorization(properties));
        if (authorization != null) {
            builder.setDefaultHeaders(new Header[] {authorization});
        }
        SSLContext ssl = properties.caCertificate() == null ? null : sslContext(properties);
        builder.setHttpClientConfigCallback(http -> {
            http.setMaxConnPerRoute(properties.maxConnections()).setMaxConnTotal(properties.maxConnections())
                    // Credentials go in a default header and Elasticsearch sets no cookies: skip that per-request work.
                    .disableCookieManagement().disableAuthCaching();
            return ssl == null ? http : http.setSSLContext(ssl);
        });
        builder.setRequestConfigCallback(request -> request.setConnectTimeout(Math.toIntExact(properties.connectTimeout().toMillis()))
                .setSocketTimeout(Math.toIntExact(properties.socketTimeout().toMillis())));
        return builder.build();
    }

    /** The Authorization header for an external cluster, or null. */
    static Header authorization(ElasticsearchProperties properties) {
        if (properties.apiKey() != null && !properties.apiKey().isBlank()) {
            return new BasicHeader("Authorization", "ApiKey " + properties.apiKey());
        }
        if (properties.username() != null && !properties.username().isBlank()) {
            return new BasicHeader("Authorization", NodeAccess.basicAuthorization(properties.username(), properties.password()));
        }
        return null;
    }

    private static SSLContext sslContext(ElasticsearchProperties properties) {
        try {
            return TransportUtils.sslContextFromHttpCaCrt(properties.caCertificate().toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the CA certificate " + properties.caCertificate(), e);
        }
    }
}
