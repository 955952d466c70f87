package dev.newsdesk.sources.read;

import java.net.URI;
import java.time.Instant;

/**
 * One URL of a sitemap. Title and published time come from the Google News extension ({@code news:title},
 * {@code news:publication_date}), the last modification from {@code lastmod}; each is {@code null} when absent.
 */
public record SitemapEntry(URI url, String title, Instant published, Instant lastModified) {
}
