package dev.newsdesk.sources;

import org.springframework.http.HttpStatus;

import dev.newsdesk.web.PortalProblem;

/** A source request the portal refuses, with a sentence the admin can act on. */
class SourceProblem extends PortalProblem {

    private final String reason;

    private SourceProblem(HttpStatus status, String title, String message) {
        this(status, title, message, message);
    }

    private SourceProblem(HttpStatus status, String title, String message, String reason) {
        super(status, title, message);
        this.reason = reason;
    }

    static SourceProblem notASource(String url, String reason) {
        return new SourceProblem(HttpStatus.BAD_REQUEST, "That URL cannot be followed", url + " cannot be a source: " + reason + ".",
                reason);
    }

    /** Why, without the URL: for lists that name it already (an OPML import's refusals). */
    String reason() {
        return reason;
    }

    static SourceProblem badRequest(String message) {
        return new SourceProblem(HttpStatus.BAD_REQUEST, "That source cannot be added", message);
    }

    static SourceProblem exists(String id) {
        return new SourceProblem(HttpStatus.CONFLICT, "That source is followed already", "The URL is followed already, as source " + id + ".");
    }

    static SourceProblem notFound(String id) {
        return new SourceProblem(HttpStatus.NOT_FOUND, "No such source", "There is no source with the id " + id + ".");
    }

    static SourceProblem busy() {
        return new SourceProblem(HttpStatus.CONFLICT, "The source is changing", "The source was changed by a crawler at the same time: try again.");
    }
}
