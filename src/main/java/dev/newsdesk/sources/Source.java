package dev.newsdesk.sources;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A news source as stored: what to follow and how often, and what its last fetches found.
 *
 * @param url                    the URL an admin gave
 * @param kind                   what it turned out to be
 * @param outlet                 the outlet name its articles get, over what the indexer infers; null: inferred
 * @param labels                 the collections it belongs to ("Vietnamese press", "wires")
 * @param intervalMinutes        the longest wait between two fetches
 * @param followed               the feeds and sitemaps fetched for it: the URL itself, or a site's discovered ones
 * @param currentIntervalSeconds the wait the scheduler chose last (shorter while it publishes, up to the interval)
 * @param validators             per followed URL, the last ETag and Last-Modified, for conditional requests
 * @param errors                 the last failures, newest first
 * @param leaseOwner             the crawler fetching it now, if any, until {@code leaseUntil}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Source(
        @JsonProperty("url") String url,
        @JsonProperty("kind") SourceKind kind,
        @JsonProperty("outlet") String outlet,
        @JsonProperty("labels") List<String> labels,
        @JsonProperty("interval_minutes") int intervalMinutes,
        @JsonProperty("state") SourceState state,
        @JsonProperty("created_at") Instant createdAt,
        @JsonProperty("followed") List<String> followed,
        @JsonProperty("current_interval_seconds") Long currentIntervalSeconds,
        @JsonProperty("last_fetched_at") Instant lastFetchedAt,
        @JsonProperty("last_status") String lastStatus,
        @JsonProperty("next_fetch_at") Instant nextFetchAt,
        @JsonProperty("validators") Map<String, Validators> validators,
        @JsonProperty("errors") List<SourceError> errors,
        @JsonProperty("lease_owner") String leaseOwner,
        @JsonProperty("lease_until") Instant leaseUntil) {

    /** How many errors a source keeps. */
    public static final int KEPT_ERRORS = 20;

    public Source {
        labels = labels == null ? List.of() : List.copyOf(labels);
        followed = followed == null ? List.of() : List.copyOf(followed);
        validators = validators == null ? Map.of() : Map.copyOf(validators);
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** A new active source, due at once. */
    static Source added(String url, SourceKind kind, String outlet, List<String> labels, int intervalMinutes, List<String> followed, Instant now) {
        return new Source(url, kind, outlet, labels, intervalMinutes, SourceState.ACTIVE, now, followed, null, null, null, now,
                null, null, null, null);
    }

    public Duration interval() {
        return Duration.ofMinutes(intervalMinutes);
    }

    Source withState(SourceState newState, Instant nextFetch) {
        return new Source(url, kind, outlet, labels, intervalMinutes, newState, createdAt, followed, currentIntervalSeconds,
                lastFetchedAt, lastStatus, nextFetch, validators, errors, leaseOwner, leaseUntil);
    }

    Source dueAt(Instant nextFetch) {
        return withState(state, nextFetch);
    }

    Source leasedTo(String owner, Instant until) {
        return new Source(url, kind, outlet, labels, intervalMinutes, state, createdAt, followed, currentIntervalSeconds,
                lastFetchedAt, lastStatus, nextFetchAt, validators, errors, owner, until);
    }

    /** What a finished fetch leaves: its status, new errors (newest first), validators, the next wait; the lease ends. */
    Source fetched(Instant at, String status, List<SourceError> newErrors, Map<String, Validators> newValidators, Duration wait) {
        List<SourceError> kept = new ArrayList<>(newErrors);
        kept.addAll(errors);
        Map<String, Validators> merged = new TreeMap<>(validators);
        merged.putAll(newValidators);
        return new Source(url, kind, outlet, labels, intervalMinutes, state, createdAt, followed, wait.toSeconds(), at, status,
                at.plus(wait), merged, kept.subList(0, Math.min(KEPT_ERRORS, kept.size())), null, null);
    }

    /** A source as stored, with its id and what an optimistic write needs ({@code if_seq_no}, {@code if_primary_term}). */
    public record Stored(String id, Source source, long seqNo, long primaryTerm) {
    }
}
