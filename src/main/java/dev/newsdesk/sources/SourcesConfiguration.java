package dev.newsdesk.sources;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import dev.newsdesk.elasticsearch.Cluster;
import dev.newsdesk.ingest.ArticleExtractor;
import dev.newsdesk.ingest.BulkIndexer;
import dev.newsdesk.ingest.IngestedPaths;
import dev.newsdesk.archive.ArchiveProperties;
import dev.newsdesk.archive.WarcArchive;
import dev.newsdesk.sources.fetch.AddressGuard;
import dev.newsdesk.sources.fetch.FetchProperties;
import dev.newsdesk.sources.fetch.HostPoliteness;
import dev.newsdesk.sources.fetch.PageFetcher;
import dev.newsdesk.sources.fetch.RobotsRules;

/** Wires the sources: the safe fetcher, politeness, the archive, the scheduler (in the portal and in {@code crawl}). */
@Configuration(proxyBeanMethods = false)
class SourcesConfiguration {

    @Bean
    AddressGuard addressGuard(FetchProperties properties, Cluster cluster) {
        // The cluster's own nodes are never a source, whatever allow-private-addresses says.
        List<InetSocketAddress> nodes = cluster.urls().stream().map(SourcesConfiguration::address).toList();
        return new AddressGuard(properties, nodes);
    }

    @Bean
    PageFetcher pageFetcher(FetchProperties properties, AddressGuard guard) {
        return new PageFetcher(properties, guard);
    }

    @Bean
    HostPoliteness hostPoliteness(FetchProperties properties) {
        return new HostPoliteness(properties);
    }

    @Bean
    RobotsRules robotsRules(PageFetcher fetcher, FetchProperties properties) {
        return new RobotsRules(fetcher, properties);
    }

    @Bean(destroyMethod = "close")
    WarcArchive warcArchive(ArchiveProperties properties, IngestedPaths ingestedPaths) throws IOException {
        WarcArchive archive = new WarcArchive(properties);
        // A reindex from the files reads every path ever ingested: the archive is one, so rebuilds re-read every fetched page.
        ingestedPaths.remember(List.of(properties.dir()));
        return archive;
    }

    @Bean
    CrawlScheduler crawlScheduler(SourceStore store, PageFetcher fetcher, HostPoliteness politeness, RobotsRules robots,
            ElasticsearchClient client, ArticleExtractor extractor, BulkIndexer bulk, WarcArchive archive, SourcesProperties properties) {
        SourceFetch fetch = new SourceFetch(fetcher, politeness, robots, new KnownPages(client), extractor, bulk, archive, properties,
                Clock.systemUTC());
        return new CrawlScheduler(store, fetch, properties, crawlerName(), Clock.systemUTC());
    }

    @Bean
    Sources sources(SourceStore store, PageFetcher fetcher, RobotsRules robots, SourceActivity activity, SourcesProperties properties,
            CrawlScheduler scheduler) {
        return new Sources(store, new SourceDetector(fetcher, robots), activity, properties, scheduler::wake, Clock.systemUTC());
    }

    /** host:pid:random, unique among the crawlers of a cluster and readable in a source's lease. */
    private static String crawlerName() {
        // Not InetAddress.getLocalHost(), which may ask a name server.
        String host = System.getenv().getOrDefault("HOSTNAME", "crawler");
        return host + ":" + ManagementFactory.getRuntimeMXBean().getPid() + ":" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static InetSocketAddress address(URI url) {
        int port = url.getPort() != -1 ? url.getPort() : "https".equals(url.getScheme()) ? 443 : 80;
        return InetSocketAddress.createUnresolved(url.getHost(), port);
    }
}
