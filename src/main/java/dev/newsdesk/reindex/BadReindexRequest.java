package dev.newsdesk.reindex;

import org.springframework.http.HttpStatus;

import dev.newsdesk.web.PortalProblem;

/** A start request that names no known source or is not JSON: answered 400 with what to send instead. */
class BadReindexRequest extends PortalProblem {

    BadReindexRequest(String message) {
        super(HttpStatus.BAD_REQUEST, "That reindex cannot be started", message);
    }
}
