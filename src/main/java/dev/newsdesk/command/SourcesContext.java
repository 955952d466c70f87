package dev.newsdesk.command;

import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.ComponentScan;

import dev.newsdesk.elasticsearch.Cluster;
import dev.newsdesk.ingest.Ingester;
import dev.newsdesk.archive.ArchiveProperties;
import dev.newsdesk.sources.Sources;

/**
 * The Spring context of {@code sources} and {@code crawl}: the cluster, the indexer and the sources with their
 * scheduler, with the portal's settings and nothing of the web. Not a {@code @Configuration}, so that the portal's
 * component scan leaves it alone.
 */
@ComponentScan(basePackageClasses = {Cluster.class, Ingester.class, Sources.class})
@ConfigurationPropertiesScan(basePackageClasses = {Cluster.class, Ingester.class, Sources.class, ArchiveProperties.class})
final class SourcesContext {
}
