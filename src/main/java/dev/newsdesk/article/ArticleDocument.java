package dev.newsdesk.article;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** An article as stored in the index, read back for the article page and the API. */
@JsonIgnoreProperties(ignoreUnknown = true)
record ArticleDocument(
        String source,
        String url,
        String title,
        String outlet,
        String agency,
        String published,
        String body,
        List<String> people,
        List<String> organizations,
        List<String> places,
        Map<String, Integer> mentions,
        @JsonProperty("ingested_at") String ingestedAt) {

    Article toArticle(String id) {
        return new Article(id, source, url, title, outlet, agency,
                published == null || published.length() < 10 ? null : LocalDate.parse(published.substring(0, 10)),
                body == null ? "" : body, list(people), list(organizations), list(places),
                ingestedAt == null ? null : Instant.parse(ingestedAt));
    }

    private static List<String> list(List<String> values) {
        return values == null ? List.of() : values;
    }
}
