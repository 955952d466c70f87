package dev.newsdesk.reindex;

/** A reindex cannot finish; the message says why in words an admin can act on. The current index keeps serving. */
class ReindexFailure extends RuntimeException {

    ReindexFailure(String message) {
        super(message);
    }
}
