package dev.newsdesk.saved;

import org.springframework.http.HttpStatus;

import dev.newsdesk.web.PortalProblem;

/** A saved-search request the portal refuses, with a sentence the user can act on. */
class SavedSearchProblem extends PortalProblem {

    private SavedSearchProblem(HttpStatus status, String title, String message) {
        super(status, title, message);
    }

    static SavedSearchProblem badName() {
        return new SavedSearchProblem(HttpStatus.BAD_REQUEST, "That search cannot be saved",
                "A saved search needs a name of 1 to " + SavedSearches.MAX_NAME_LENGTH + " characters.");
    }

    static SavedSearchProblem nameNotText() {
        return new SavedSearchProblem(HttpStatus.BAD_REQUEST, "That search cannot be saved",
                "A saved search's name cannot hold control characters or code points that are not text.");
    }

    static SavedSearchProblem queryTooLong() {
        return new SavedSearchProblem(HttpStatus.BAD_REQUEST, "That search cannot be saved",
                "The search is too long to save: keep its query string under " + SavedSearches.MAX_QUERY_LENGTH + " characters.");
    }

    static SavedSearchProblem tooMany(int limit) {
        return new SavedSearchProblem(HttpStatus.CONFLICT, "That search cannot be saved",
                "You keep " + limit + " saved searches already, the most one account may keep: delete one first.");
    }

    /** Other writes kept changing it while this one tried to. */
    static SavedSearchProblem busy() {
        return new SavedSearchProblem(HttpStatus.CONFLICT, "The saved search is changing",
                "The saved search was changed by other requests at the same time: try again.");
    }

    /** Unknown, or someone else's: the answer is the same, so ids reveal nothing. */
    static SavedSearchProblem notFound() {
        return new SavedSearchProblem(HttpStatus.NOT_FOUND, "No such saved search", "There is no saved search with that id among yours.");
    }
}
