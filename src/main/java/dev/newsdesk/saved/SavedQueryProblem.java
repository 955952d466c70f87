package dev.newsdesk.saved;

import org.springframework.http.HttpStatus;

import dev.newsdesk.web.PortalProblem;

/** A saved-query request the portal refuses, with a sentence the user can act on. */
class SavedQueryProblem extends PortalProblem {

    private SavedQueryProblem(HttpStatus status, String title, String message) {
        super(status, title, message);
    }

    static SavedQueryProblem badName() {
        return new SavedQueryProblem(HttpStatus.BAD_REQUEST, "That search cannot be saved",
                "A saved search needs a name of 1 to " + SavedQueries.MAX_NAME_LENGTH + " characters.");
    }

    static SavedQueryProblem nameNotText() {
        return new SavedQueryProblem(HttpStatus.BAD_REQUEST, "That search cannot be saved",
                "A saved search's name cannot hold control characters or code points that are not text.");
    }

    static SavedQueryProblem queryTooLong() {
        return new SavedQueryProblem(HttpStatus.BAD_REQUEST, "That search cannot be saved",
                "The search is too long to save: keep its query string under " + SavedQueries.MAX_QUERY_LENGTH + " characters.");
    }

    static SavedQueryProblem tooMany(int limit) {
        return new SavedQueryProblem(HttpStatus.CONFLICT, "That search cannot be saved",
                "You keep " + limit + " saved searches already, the most one account may keep: delete one first.");
    }

    /** Other writes kept changing it while this one tried to. */
    static SavedQueryProblem busy() {
        return new SavedQueryProblem(HttpStatus.CONFLICT, "The saved search is changing",
                "The saved search was changed by other requests at the same time: try again.");
    }

    /** Unknown, or someone else's: the answer is the same, so ids reveal nothing. */
    static SavedQueryProblem notFound() {
        return new SavedQueryProblem(HttpStatus.NOT_FOUND, "No such saved search", "There is no saved search with that id among yours.");
    }
}
