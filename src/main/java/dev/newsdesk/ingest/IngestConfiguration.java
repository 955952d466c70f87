package dev.newsdesk.ingest;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import co.elastic.clients.elasticsearch.ElasticsearchClient;

/** Wires the indexer: cleaning, enrichment, bulk indexing. */
@Configuration(proxyBeanMethods = false)
class IngestConfiguration {

    @Bean
    ArticleExtractor articleExtractor(IngestProperties properties) {
        return ArticleExtractor.standard(properties);
    }

    @Bean
    BulkIndexer bulkIndexer(ElasticsearchClient client, IngestProperties properties) {
        return new BulkIndexer(client, properties.outagePatience());
    }

    @Bean
    IngestedPaths ingestedPaths(ElasticsearchClient client) {
        return new IngestedPaths(client, Clock.systemUTC());
    }

    @Bean
    Ingester ingester(ArticleExtractor extractor, BulkIndexer bulkIndexer, ElasticsearchClient client, IngestProperties properties,
                      IngestedPaths ingestedPaths) {
        return new Ingester(extractor, bulkIndexer, client, properties, ingestedPaths);
    }
}
