package dev.newsdesk.article;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An article as users and the JSON API see it. {@code extract} prints it without {@code id}, {@code source},
 * {@code url} and {@code ingested_at} for files not yet indexed. Entity lists are ordered by mentions, most first.
 * The body keeps paragraphs apart with blank lines.
 */
public record Article(
        String id,
        String source,
        String url,
        String title,
        String outlet,
        String agency,
        LocalDate published,
        String body,
        List<String> people,
        List<String> organizations,
        List<String> places,
        @JsonProperty("ingested_at") Instant ingestedAt) {

    /** The outlet of an article whose outlet nothing reveals; never a guess. */
    public static final String UNKNOWN_OUTLET = "Unknown";
}
