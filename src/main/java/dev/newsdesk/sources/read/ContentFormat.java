package dev.newsdesk.sources.read;

/** What a fetched body is, as far as the readers of this package are concerned. */
public enum ContentFormat {
    /** RSS 2.0, RSS 1.0 (RDF) or Atom. */
    FEED,
    /** A sitemap's list of URLs ({@code urlset}). */
    SITEMAP,
    /** A list of sitemaps ({@code sitemapindex}). */
    SITEMAP_INDEX,
    HTML,
    OTHER
}
