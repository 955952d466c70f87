package dev.newsdesk.reindex;

import java.time.Instant;
import java.util.List;

/** A reindex job as {@code GET /admin/reindex/{id}} answers it. */
record JobStatus(String id, ReindexJob.Origin source, ReindexJob.State state, long done, long total, long failed,
                 double docsPerSecond, Long etaSeconds, String target, Instant startedAt, Instant finishedAt, String error,
                 List<ReindexJob.Failure> failures) {

    static JobStatus of(ReindexJob job, Instant now) {
        return new JobStatus(job.id(), job.source(), job.state(), job.done(), job.total(), job.failed(),
                Math.round(job.docsPerSecond(now) * 10) / 10.0, job.etaSeconds(now), job.target(), job.startedAt(),
                job.finishedAt(), job.error(), job.failures() == null ? List.of() : job.failures());
    }
}
