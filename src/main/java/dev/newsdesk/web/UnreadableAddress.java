package dev.newsdesk.web;

import org.springframework.http.HttpStatus;

/** An address the portal refuses to read (400): too long, too many parameters, or not valid percent-encoded UTF-8. */
final class UnreadableAddress extends PortalProblem {

    UnreadableAddress(String message) {
        super(HttpStatus.BAD_REQUEST, "That address cannot be read", message);
    }
}
