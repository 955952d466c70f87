package dev.newsdesk.sources;

import java.util.List;

/** What a URL turned out to be, and the feeds and sitemaps to fetch for it. */
record DetectedSource(SourceKind kind, List<String> followed) {
}
