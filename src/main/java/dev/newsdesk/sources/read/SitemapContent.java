package dev.newsdesk.sources.read;

import java.net.URI;
import java.util.List;

/** What a sitemap holds: its entries (a {@code urlset}) or the sitemaps it lists (a {@code sitemapindex}). */
public record SitemapContent(List<SitemapEntry> entries, List<URI> childSitemaps) {

    public SitemapContent {
        entries = List.copyOf(entries);
        childSitemaps = List.copyOf(childSitemaps);
    }
}
