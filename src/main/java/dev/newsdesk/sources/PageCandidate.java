package dev.newsdesk.sources;

import java.time.Instant;

/** A page a feed or sitemap lists, with what the listing said of it (fallbacks for the page's own metadata). */
record PageCandidate(String url, String id, String title, Instant published, String author) {
}
