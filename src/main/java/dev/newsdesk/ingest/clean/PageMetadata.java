package dev.newsdesk.ingest.clean;

import java.util.List;

/**
 * What an HTML page's markup says about its article; each field null when the page does not say.
 * {@code headline} is og:title, else the article's h1, else the title element with the site name removed.
 * {@code publishedTimes} lists, in order of trust, JSON-LD datePublished, article:published_time, time datetime.
 */
public record PageMetadata(
        String headline,
        String siteName,
        String publisher,
        String canonicalUrl,
        String host,
        List<String> publishedTimes) {

    public static final PageMetadata NONE = new PageMetadata(null, null, null, null, null, List.of());
}
