package dev.newsdesk.admin;

/** No reindex job has this id: answered 404. */
class JobNotFound extends RuntimeException {

    JobNotFound(String id) {
        super("There is no reindex job " + id + ".");
    }
}
