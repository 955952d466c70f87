package dev.newsdesk.ingest;

import dev.newsdesk.ingest.enrich.Sidecar;

/** A file as read: its bytes, its text when it is a text dump (null for HTML, which decodes itself), its sidecar and content hash. */
public record ReadArticle(SourceFile file, byte[] bytes, String text, Sidecar sidecar, String contentHash) {
}
