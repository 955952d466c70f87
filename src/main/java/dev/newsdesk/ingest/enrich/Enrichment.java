package dev.newsdesk.ingest.enrich;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What enrichment learns about an article. {@code publishedRule} names the rule that decided the date
 * (for example "sidecar", "json-ld", "dateline", "weekday-without-year"), null when no date was found.
 * Entity lists are ordered by mention count, most first; {@code mentions} maps each entity name to its count.
 */
public record Enrichment(
        String title,
        String outlet,
        String agency,
        LocalDate published,
        String publishedRule,
        List<String> people,
        List<String> organizations,
        List<String> places,
        Map<String, Integer> mentions) {
}
