package dev.newsdesk.ingest;

import dev.newsdesk.elasticsearch.ArticleDocument;

/** A file turned into an indexable document, with the stable id it is indexed under. */
public record ExtractedArticle(String id, ArticleFile file, ArticleDocument document) {
}
