package dev.newsdesk.admin;

/** A start request that names no known source or is not JSON: answered 400 with what to send instead. */
class BadReindexRequest extends RuntimeException {

    BadReindexRequest(String message) {
        super(message);
    }
}
