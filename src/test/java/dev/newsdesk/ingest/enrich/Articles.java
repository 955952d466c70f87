package dev.newsdesk.ingest.enrich;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import dev.newsdesk.ingest.clean.CleanedArticle;
import dev.newsdesk.ingest.clean.PageMetadata;

/** Made-up articles for the tests, and the fixed "today" they are enriched on. */
final class Articles {

    /** A Sunday. */
    static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-22T12:00:00Z"), ZoneOffset.UTC);

    private Articles() {
    }

    static CleanedArticle text(String... paragraphs) {
        return new CleanedArticle(List.of(paragraphs), PageMetadata.NONE);
    }

    static CleanedArticle page(PageMetadata metadata, String... paragraphs) {
        return new CleanedArticle(List.of(paragraphs), metadata);
    }

    static PageMetadata metadata(String headline, String siteName, String publisher, String canonicalUrl, String host, String... publishedTimes) {
        return new PageMetadata(headline, siteName, publisher, canonicalUrl, host, List.of(publishedTimes));
    }

    static ArticleLayout layoutOf(CleanedArticle article) {
        return ArticleLayout.of(article.paragraphs(), PageFurniture.standard());
    }
}
