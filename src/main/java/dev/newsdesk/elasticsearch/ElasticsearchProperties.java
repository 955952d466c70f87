package dev.newsdesk.elasticsearch;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.NestedConfigurationProperty;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.validation.annotation.Validated;

import dev.newsdesk.elasticsearch.embedded.EmbeddedNodeProperties;

/**
 * Where the Elasticsearch cluster is and how to reach it. Without a {@code url} the app runs its own embedded node.
 *
 * @param url           URLs of an existing cluster's nodes, comma-separated, e.g.
 *                      {@code https://es1.example.org:9200,https://es2.example.org:9200}: the client spreads requests over
 *                      them and fails over when one does not answer; empty runs the embedded node
 * @param username      Basic authentication for an external cluster
 * @param password      Basic authentication for an external cluster
 * @param apiKey        API key (base64 {@code id:key}) for an external cluster; wins over username and password
 * @param caCertificate PEM file of the CA that signed the cluster's HTTPS certificate
 * @param embedded      the node the app runs itself when no {@code url} is set
 * @param maxConnections connections the app may hold open to the cluster at once, to one node as to all together (the
 *                       low-level client's default of 10 per node is fewer than a busy portal's searches in flight)
 * @param connectTimeout how long to wait for a connection to a node
 * @param socketTimeout  how long to wait for an answer on an open connection
 */
@Validated
@ConfigurationProperties("newsdesk.elasticsearch")
public record ElasticsearchProperties(
        @DefaultValue List<URI> url,
        String username,
        String password,
        String apiKey,
        Path caCertificate,
        @Valid @DefaultValue @NestedConfigurationProperty EmbeddedNodeProperties embedded,
        @DefaultValue("64") @Min(1) @Max(10_000) int maxConnections,
        @DefaultValue("5s") @NotNull @DurationMin(millis = 1) Duration connectTimeout,
        @DefaultValue("60s") @NotNull @DurationMin(millis = 1) Duration socketTimeout) {

    public boolean external() {
        return !url.isEmpty();
    }
}
