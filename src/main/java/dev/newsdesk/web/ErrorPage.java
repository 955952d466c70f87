package dev.newsdesk.web;

/**
 * What the one error template shows: the status, a heading, the sentence to act on, whether trying again later will
 * do (an outage), and the search to keep in the masthead.
 */
public record ErrorPage(int status, String title, String message, boolean retry, String query) {
}
