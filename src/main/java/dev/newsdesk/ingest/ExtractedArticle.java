package dev.newsdesk.ingest;

import dev.newsdesk.elasticsearch.ArticleDocument;

/**
 * A file or a fetched page turned into an indexable document, with the stable id it is indexed under; {@code origin}
 * names where it came from in reports (a file's path under its ingest root, a WARC record, a followed source).
 */
public record ExtractedArticle(String id, String origin, ArticleDocument document) {
}
