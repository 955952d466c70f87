package dev.newsdesk.ingest.enrich;

import java.time.LocalDate;

/** When an article was published and the rule that decided it; both null when nothing says. */
record PublishedDate(LocalDate date, String rule) {

    static final PublishedDate UNKNOWN = new PublishedDate(null, null);
}
