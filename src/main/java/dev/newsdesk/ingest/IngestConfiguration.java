package dev.newsdesk.ingest;

import java.nio.file.Path;
import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import dev.newsdesk.ingest.clean.HtmlArticleExtractor;
import dev.newsdesk.ingest.clean.TextDumpCleaner;
import dev.newsdesk.ingest.enrich.ArticleEnricher;

/** Wires the indexer: cleaning, enrichment, bulk indexing. */
@Configuration(proxyBeanMethods = false)
class IngestConfiguration {

    @Bean
    ArticleExtractor articleExtractor(IngestProperties properties) {
        return newExtractor(properties.maxFileBytes(), properties.outletSignatures());
    }

    /** The extractor without Spring, also for the extract command, which needs no Elasticsearch. */
    static ArticleExtractor newExtractor(long maxFileBytes, Path extraOutletSignatures) {
        return new ArticleExtractor(new TextDumpCleaner(), new HtmlArticleExtractor(),
                new ArticleEnricher(Clock.systemUTC(), extraOutletSignatures), maxFileBytes, Clock.systemUTC());
    }

    @Bean
    BulkIndexer bulkIndexer(ElasticsearchClient client) {
        return new BulkIndexer(client);
    }

    @Bean
    Ingester ingester(ArticleExtractor extractor, BulkIndexer bulkIndexer, ElasticsearchClient client, IngestProperties properties) {
        return new Ingester(extractor, bulkIndexer, client, properties);
    }
}
