package dev.newsdesk.reindex;

/** Told how a reindex is going, and asked whether it should stop. */
public interface ReindexProgress {

    /**
     * This progress without its counts: a catch-up pass copies again what may already be in the new index, so done
     * and total keep describing the main pass. Failures and cancel still go through.
     */
    static ReindexProgress uncounted(ReindexProgress progress) {
        return new ReindexProgress() {
            @Override
            public void found(long count) {
            }

            @Override
            public void done(long count) {
            }

            @Override
            public void failed(long count) {
            }

            @Override
            public void failure(String item, String reason) {
                progress.failure(item, reason);
            }

            @Override
            public boolean cancelled() {
                return progress.cancelled();
            }

            @Override
            public boolean commit() {
                return progress.commit();
            }
        };
    }

    /** More documents or files to handle were found. */
    void found(long count);

    /** Documents or files were handled (written, or failed). */
    void done(long count);

    /** Of those handled, this many failed. */
    void failed(long count);

    /** Lists one failed document or file with its reason (the first hundred are kept). */
    void failure(String item, String reason);

    /** Whether an admin asked the job to stop. */
    boolean cancelled();

    /**
     * Called just before the alias moves: from then on the job can no longer be cancelled. False if it already was,
     * and the alias must not move.
     */
    boolean commit();
}
