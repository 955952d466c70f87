package dev.newsdesk.ingest.enrich;

/** Who published an article (outlet, "Unknown" when nothing reveals it) and which wire service it came from (agency, or null). */
record Attribution(String outlet, String agency) {
}
