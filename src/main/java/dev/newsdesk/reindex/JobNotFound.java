package dev.newsdesk.reindex;

import org.springframework.http.HttpStatus;

import dev.newsdesk.web.PortalProblem;

/** No reindex job has this id: answered 404. */
class JobNotFound extends PortalProblem {

    JobNotFound(String id) {
        super(HttpStatus.NOT_FOUND, "Reindex job not found", "There is no reindex job " + id + ".");
    }
}
