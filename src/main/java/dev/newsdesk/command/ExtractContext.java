package dev.newsdesk.command;

import org.springframework.boot.context.properties.EnableConfigurationProperties;

import dev.newsdesk.ingest.IngestProperties;

/**
 * The Spring context of {@code extract}: only the indexer's settings, bound and validated as the portal binds them
 * (outlet signatures, file size limit), and no Elasticsearch. Not a {@code @Configuration}, for the reason
 * {@link IngestContext} gives.
 */
@EnableConfigurationProperties(IngestProperties.class)
final class ExtractContext {
}
