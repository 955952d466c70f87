package dev.newsdesk.ingest.enrich;

/**
 * What a feed or sitemap said of a page: its title and date (null when it said nothing), the fallbacks when the
 * page's own metadata gives none.
 */
public record Listing(String title, String published) {

    public static final Listing NONE = new Listing(null, null);
}
