package dev.newsdesk.elasticsearch;

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
    protected void doHealthCheck(Health.Builder builder) throws Exception {
        builder.withDetail("mode", cluster.mode().name().toLowerCase()).withDetail("url", cluster.url().toString());
        HealthResponse health = client.cluster().health();
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
