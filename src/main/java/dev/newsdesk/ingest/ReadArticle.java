package dev.newsdesk.ingest;

import dev.newsdesk.ingest.sidecar.Sidecar;

/** A file as read: its bytes, its text when it is a text dump (null for HTML, which decodes itself), its sidecar and content hash. */
public record ReadArticle(ArticleFile file, byte[] bytes, String text, Sidecar sidecar, String contentHash) {
}
