package dev.newsdesk.search;

import org.springframework.http.HttpStatus;

import dev.newsdesk.web.PortalProblem;

/** A request parameter the portal cannot search with (400); the message tells the user what to change. */
public class InvalidSearchParameters extends PortalProblem {

    public InvalidSearchParameters(String message) {
        super(HttpStatus.BAD_REQUEST, "That search cannot be run", message);
    }
}
