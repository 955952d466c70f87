package dev.newsdesk.ingest;

import java.time.Instant;

/**
 * A fetched HTML page: from a followed source or from a WARC record. {@code url} is where it was fetched (after
 * redirects), {@code origin} names it in reports and in the article's {@code source} field.
 */
public record WebPage(String url, byte[] html, Instant fetchedAt, PageHints hints, String origin) {

    public WebPage {
        hints = hints == null ? PageHints.NONE : hints;
    }
}
