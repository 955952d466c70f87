package dev.newsdesk.search;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The part of an indexed article a result list needs (the body stays in Elasticsearch). */
@JsonIgnoreProperties(ignoreUnknown = true)
record IndexedHit(
        String source,
        String title,
        String outlet,
        String agency,
        String published,
        List<String> people,
        List<String> organizations,
        List<String> places) {

    static final List<String> FIELDS = List.of("source", "title", "outlet", "agency", "published", "people", "organizations", "places");

    LocalDate publishedDate() {
        return published == null || published.length() < 10 ? null : LocalDate.parse(published.substring(0, 10));
    }
}
