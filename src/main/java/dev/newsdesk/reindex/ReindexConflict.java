package dev.newsdesk.reindex;

import org.springframework.http.HttpStatus;

import dev.newsdesk.web.PortalProblem;

/**
 * A request the current state does not allow (a job already running, nothing to roll back to): answered 409, with
 * the running job's {@code id} when that is the conflict.
 */
class ReindexConflict extends PortalProblem {

    private final String runningJobId;

    ReindexConflict(String message, String runningJobId) {
        super(HttpStatus.CONFLICT, "Not now", message);
        this.runningJobId = runningJobId;
        if (runningJobId != null) {
            getBody().setProperty("id", runningJobId);
        }
    }

    /** The job that is running, when that is the conflict; else null. */
    String runningJobId() {
        return runningJobId;
    }
}
