package dev.newsdesk.search;

/** A request parameter the portal cannot search with; the message tells the user what to change. */
public class InvalidSearchParameters extends RuntimeException {

    public InvalidSearchParameters(String message) {
        super(message);
    }
}
