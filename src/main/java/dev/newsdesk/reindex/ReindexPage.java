package dev.newsdesk.reindex;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import co.elastic.clients.elasticsearch.cluster.HealthResponse;
import dev.newsdesk.elasticsearch.IndexVersion;
import dev.newsdesk.web.DisplayDates;

/**
 * Everything the admin page shows, worked out in Java so the template only writes tags: the running job's progress,
 * the index versions and which one serves, cluster health, and the last jobs.
 *
 * @param rollbackTarget the version a rollback would move the alias to, or null when there is none
 */
record ReindexPage(String alias, String target, RunningJobView running, List<VersionRow> versions, HealthView health,
                 List<JobRow> jobs, String rollbackTarget, String notice) {

    /** The running job: numbers for the progress bar and the labels under it; the script refreshes them from {@code statusUrl}. */
    record RunningJobView(String id, String sourceLabel, String target, String previous, long done, long total, String progressLabel,
                          String rateLabel, String etaLabel, String failedLabel, String statusUrl, String cancelUrl) {
    }

    /** One index version: {@code role} says whether it serves, is kept for a rollback, or is being built. */
    record VersionRow(String name, String docs, String size, String created, String role, boolean serving) {
    }

    /** Cluster health as Elasticsearch reports it; {@code status} is green, yellow or red. */
    record HealthView(String clusterName, String status, int nodes, int activeShards, int unassignedShards) {
    }

    /** One past or running job and how it ended. */
    record JobRow(String id, String sourceLabel, String state, String started, String took, String progress, String failed,
                  String target, String message, String statusUrl) {
    }

    static ReindexPage of(String alias, ReindexJob running, List<IndexVersion> versions, String rollbackTarget,
                        HealthResponse health, List<ReindexJob> recent, String notice, Instant now) {
        String target = versions.stream().filter(IndexVersion::current).map(IndexVersion::name).findFirst().orElse("none");
        return new ReindexPage(alias, target, running == null ? null : runningView(running, now),
                versions.stream().map(version -> versionRow(version, running, rollbackTarget)).toList(),
                new HealthView(health.clusterName(), health.status().jsonValue(), health.numberOfNodes(), health.activeShards(),
                        health.unassignedShards()),
                recent.stream().map(job -> jobRow(job, now)).toList(),
                running == null ? rollbackTarget : null, notice);
    }

    private static RunningJobView runningView(ReindexJob job, Instant now) {
        Long eta = job.etaSeconds(now);
        return new RunningJobView(job.id(), sourceLabel(job.source()), job.target(), job.previous(), job.done(), job.total(),
                progressLabel(job), "%,.0f %s per second".formatted(job.docsPerSecond(now), unit(job)),
                eta == null ? "" : "about " + duration(Duration.ofSeconds(eta)) + " left",
                job.failed() == 0 ? "" : "%,d failed".formatted(job.failed()),
                "/admin/reindex/" + job.id(), "/admin/reindex/" + job.id() + "/cancel");
    }

    private static VersionRow versionRow(IndexVersion version, ReindexJob running, String rollbackTarget) {
        String role = version.current() ? "serving"
                : running != null && version.name().equals(running.target()) ? "being built"
                : version.name().equals(rollbackTarget) ? "kept for a rollback" : "";
        return new VersionRow(version.name(), "%,d".formatted(version.docs()), size(version.bytes()),
                version.created() == null ? "" : DisplayDates.moment(version.created()), role, version.current());
    }

    private static JobRow jobRow(ReindexJob job, Instant now) {
        Instant end = job.finishedAt() != null ? job.finishedAt() : now;
        return new JobRow(job.id(), sourceLabel(job.source()), job.state().parameter(), DisplayDates.moment(job.startedAt()),
                duration(Duration.between(job.startedAt(), end)), progressLabel(job),
                job.failed() == 0 ? "" : "%,d".formatted(job.failed()), job.target(), job.error() == null ? "" : job.error(),
                "/admin/reindex/" + job.id());
    }

    static String sourceLabel(ReindexJob.Origin source) {
        return source == ReindexJob.Origin.INDEX ? "From the index" : "From the files";
    }

    private static String progressLabel(ReindexJob job) {
        return "%,d of %,d %s".formatted(job.done(), job.total(), unit(job));
    }

    private static String unit(ReindexJob job) {
        return job.source() == ReindexJob.Origin.INDEX ? "articles" : "files";
    }

    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        if (bytes < 1024L * 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f MB", bytes / 1024.0 / 1024);
        }
        return String.format(Locale.ROOT, "%.2f GB", bytes / 1024.0 / 1024 / 1024);
    }

    static String duration(Duration duration) {
        long seconds = Math.max(0, duration.toSeconds());
        if (seconds < 60) {
            return seconds + " s";
        }
        if (seconds < 3600) {
            return "%d min %d s".formatted(seconds / 60, seconds % 60);
        }
        return "%d h %d min".formatted(seconds / 3600, seconds % 3600 / 60);
    }
}
