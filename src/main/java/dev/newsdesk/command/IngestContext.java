package dev.newsdesk.command;

import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.ComponentScan;

import dev.newsdesk.elasticsearch.Cluster;
import dev.newsdesk.ingest.Ingester;

/**
 * The Spring context of {@code ingest}: the cluster and its client, the index setup and the indexer, with the same
 * settings as the portal's, and nothing of the web. Deliberately not a {@code @Configuration}, so that the portal's
 * component scan leaves it alone; the command hands it to Spring Boot as the primary source.
 */
@ComponentScan(basePackageClasses = {Cluster.class, Ingester.class})
@ConfigurationPropertiesScan(basePackageClasses = {Cluster.class, Ingester.class})
final class IngestContext {
}
