package dev.newsdesk.elasticsearch;

import java.io.IOException;
import java.net.URI;
import java.util.stream.Collectors;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch.cluster.HealthResponse;

/** UP only while Elasticsearch answers and the cluster is not red; shows the status and the embedded/external mode. */
@Component("elasticsearch")
class ElasticsearchHealthIndicator extends AbstractHealthIndicator {

    private final ElasticsearchClient client;
    private final Cluster cluster;

    ElasticsearchHealthIndicator(ElasticsearchClient client, Cluster cluster) {
        super("Elasticsearch health check failed");
        this.client = client;
        this.cluster = cluster;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        builder.withDetail("mode", cluster.mode().name().toLowerCase()).withDetail("url", cluster.urls().stream().map(URI::toString).collect(Collectors.joining(",")));
        HealthResponse health;
        try {
            health = client.cluster().health();
        } catch (IOException | RuntimeException e) {
            // An outage is a state to report, not an error to log with a stack trace at every health check.
            builder.down().withDetail("error", "Elasticsearch is not answering: " + e.getMessage());
            return;
        }
        builder.withDetail("cluster", health.clusterName())
                .withDetail("status", health.status().jsonValue())
                .withDetail("nodes", health.numberOfNodes());
        if (health.status() == HealthStatus.Red) {
            builder.down();
        } else {
            builder.up();
        }
    }
}
