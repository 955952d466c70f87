package dev.newsdesk.saved;

import java.time.Instant;
import java.util.Set;

/**
 * The results page's view of saved searches: {@code query} is the search as "Save this search" keeps it; when the
 * page was opened from a saved search, {@code newSince} is its previous visit and {@code newIds} the matching
 * articles ingested after it.
 */
public record SavedSearchContext(boolean loggedIn, String query, Instant newSince, Set<String> newIds) {

    public boolean isNew(String articleId) {
        return newIds.contains(articleId);
    }

    public boolean openedFromSaved() {
        return newSince != null;
    }

    public int newCount() {
        return newIds.size();
    }

    /** Where "Log in to save" leads; back to the results afterwards is Spring Security's saved request. */
    public String loginUrl() {
        return "/login";
    }
}
