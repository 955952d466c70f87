package dev.newsdesk.saved;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A saved search as stored: its owner, name, the canonical query string of its {@code /search} URL, its feed token and visits. */
@JsonIgnoreProperties(ignoreUnknown = true)
record SavedSearch(
        @JsonProperty("owner") String owner,
        @JsonProperty("name") String name,
        @JsonProperty("query") String query,
        @JsonProperty("feed_token") String feedToken,
        @JsonProperty("created_at") Instant createdAt,
        @JsonProperty("last_visited_at") Instant lastVisitedAt) {

    SavedSearch renamed(String newName) {
        return new SavedSearch(owner, newName, query, feedToken, createdAt, lastVisitedAt);
    }

    SavedSearch withQuery(String newQuery) {
        return new SavedSearch(owner, name, newQuery, feedToken, createdAt, lastVisitedAt);
    }

    SavedSearch withFeedToken(String token) {
        return new SavedSearch(owner, name, query, token, createdAt, lastVisitedAt);
    }

    SavedSearch visitedAt(Instant when) {
        return new SavedSearch(owner, name, query, feedToken, createdAt, when);
    }

    /** A stored saved search with its document id. */
    record Stored(String id, SavedSearch search) {
    }
}
