package dev.newsdesk.admin;

/** A request the current state does not allow (a job already running, nothing to roll back to): answered 409. */
class ReindexConflict extends RuntimeException {

    private final String runningJobId;

    ReindexConflict(String message, String runningJobId) {
        super(message);
        this.runningJobId = runningJobId;
    }

    /** The job that is running, when that is the conflict; else null. */
    String runningJobId() {
        return runningJobId;
    }
}
