package dev.newsdesk.reindex;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import dev.newsdesk.elasticsearch.IndexVersions;
import dev.newsdesk.elasticsearch.Indices;
import dev.newsdesk.ingest.BulkIndexer;
import dev.newsdesk.ingest.Ingester;

/** Wires the reindex of the articles alias for the portal (the ingest command has no use for it). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class ReindexConfiguration {

    @Bean
    Reindexer reindexer(ElasticsearchClient client, IndexVersions versions, BulkIndexer bulkIndexer, Ingester ingester,
                        ReindexProperties properties) {
        return new Reindexer(Indices.ARTICLES, versions, new IndexCopy(client, bulkIndexer), ingester, properties.keepVersions(),
                Clock.systemUTC());
    }
}
