package dev.newsdesk.saved;

import java.time.Instant;

/** A saved search as the API answers it: with what it finds now and the URL of its feed. */
public record SavedSearchView(String id, String name, String query, long total, long newSinceLastVisit, String feedUrl,
        Instant createdAt, Instant lastVisitedAt) {
}
