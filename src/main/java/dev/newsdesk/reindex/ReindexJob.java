package dev.newsdesk.reindex;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One reindex job as it is stored in the jobs index: where it reads from, how far it got, the index it builds and
 * the one that served when it started, and how it ended.
 */
public record ReindexJob(
        @JsonProperty("id") String id,
        @JsonProperty("source") Origin source,
        @JsonProperty("state") State state,
        @JsonProperty("done") long done,
        @JsonProperty("total") long total,
        @JsonProperty("failed") long failed,
        @JsonProperty("target") String target,
        @JsonProperty("previous") String previous,
        @JsonProperty("started_at") Instant startedAt,
        @JsonProperty("finished_at") Instant finishedAt,
        @JsonProperty("heartbeat_at") Instant heartbeatAt,
        @JsonProperty("owner") String owner,
        @JsonProperty("started_by") String startedBy,
        @JsonProperty("error") String error,
        @JsonProperty("failures") List<Failure> failures) {

    /** Where a job reads the articles from. */
    public enum Origin {
        /** Copy the current index into one made from the current template: for mapping or analyzer changes. */
        @JsonProperty("index") INDEX,
        /** Read every ingested directory again through cleaning and enrichment: for rule or model changes. */
        @JsonProperty("files") FILES;

        /** The source named {@code index} or {@code files}, or null for any other name. */
        static Origin named(String name) {
            for (Origin source : values()) {
                if (source.parameter().equals(name)) {
                    return source;
                }
            }
            return null;
        }

        String parameter() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Where a job is: running, or how it ended. */
    public enum State {
        @JsonProperty("running") RUNNING,
        @JsonProperty("succeeded") SUCCEEDED,
        @JsonProperty("failed") FAILED,
        @JsonProperty("cancelled") CANCELLED;

        String parameter() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** A document or file the job could not write, and why. */
    public record Failure(@JsonProperty("item") String item, @JsonProperty("reason") String reason) {
    }

    public boolean running() {
        return state == State.RUNNING;
    }

    /** Documents or files handled per second, from the start to the end or to {@code now}. */
    public double docsPerSecond(Instant now) {
        Instant end = finishedAt != null ? finishedAt : now;
        double seconds = Math.max(Duration.between(startedAt, end).toMillis(), 1) / 1000.0;
        return done / seconds;
    }

    /** Seconds left at the current rate while running; null once finished or while the rate is unknown. */
    public Long etaSeconds(Instant now) {
        double rate = docsPerSecond(now);
        if (!running() || rate <= 0 || total <= 0) {
            return null;
        }
        return Math.round(Math.max(0, total - done) / rate);
    }

    ReindexJob ended(State ending, Instant now, String why) {
        return new ReindexJob(id, source, ending, done, total, failed, target, previous, startedAt, now, now, owner, startedBy,
                why, failures);
    }
}
