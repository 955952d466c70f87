package dev.newsdesk.saved;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A saved query as stored: its owner, name, the canonical query string of its {@code /search} URL, its feed token and visits. */
@JsonIgnoreProperties(ignoreUnknown = true)
record SavedQuery(
        @JsonProperty("owner") String owner,
        @JsonProperty("name") String name,
        @JsonProperty("query") String query,
        @JsonProperty("feed_token") String feedToken,
        @JsonProperty("created_at") Instant createdAt,
        @JsonProperty("last_visited_at") Instant lastVisitedAt) {

    SavedQuery renamed(String newName) {
        return new SavedQuery(owner, newName, query, feedToken, createdAt, lastVisitedAt);
    }

    SavedQuery withQuery(String newQuery) {
        return new SavedQuery(owner, name, newQuery, feedToken, createdAt, lastVisitedAt);
    }

    SavedQuery withFeedToken(String token) {
        return new SavedQuery(owner, name, query, token, createdAt, lastVisitedAt);
    }

    SavedQuery visitedAt(Instant when) {
        return new SavedQuery(owner, name, query, feedToken, createdAt, when);
    }

    /** A stored query with its document id. */
    record Stored(String id, SavedQuery query) {
    }
}
