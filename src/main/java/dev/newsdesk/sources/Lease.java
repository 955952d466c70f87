package dev.newsdesk.sources;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One crawler's claim on one source, held in the source's document: taken with {@code if_seq_no}/{@code if_primary_term}
 * so two crawlers never both hold it, renewed while the fetch runs, and lost by a crawler that stops renewing (it died).
 */
final class Lease {

    private final SourceStore store;
    private final String owner;
    private final Duration timeout;
    private final Clock clock;
    private final String sourceId;
    private Instant renewedAt;
    private boolean lost;

    private Lease(SourceStore store, String owner, Duration timeout, Clock clock, String sourceId, Instant renewedAt) {
        this.store = store;
        this.owner = owner;
        this.timeout = timeout;
        this.clock = clock;
        this.sourceId = sourceId;
        this.renewedAt = renewedAt;
    }

    /** The lease on a source read as due, if no other crawler took it since the read. */
    static Optional<Lease> take(SourceStore store, Source.Stored due, String owner, Duration timeout, Clock clock) throws IOException {
        Instant now = clock.instant();
        if (!store.replaceForLease(due, due.source().leasedTo(owner, now.plus(timeout)))) {
            return Optional.empty();
        }
        return Optional.of(new Lease(store, owner, timeout, clock, due.id(), now));
    }

    String sourceId() {
        return sourceId;
    }

    /** Renews it once a third of the timeout has passed; false once it is lost (taken over, or the source removed). */
    synchronized boolean keep() throws IOException {
        if (lost) {
            return false;
        }
        Instant now = clock.instant();
        if (Duration.between(renewedAt, now).compareTo(timeout.dividedBy(3)) < 0) {
            return true;
        }
        Optional<Source.Stored> current = store.find(sourceId);
        if (current.isEmpty() || !owner.equals(current.get().source().leaseOwner())
                || !store.replaceForLease(current.get(), current.get().source().leasedTo(owner, now.plus(timeout)))) {
            lost = true;
            return false;
        }
        renewedAt = now;
        return true;
    }

    /**
     * Writes the outcome onto the source as it is now (an admin may have paused it meanwhile) and lets go; nothing when
     * the lease was lost or the source removed.
     */
    void finish(FetchOutcome outcome, Duration wait) throws IOException {
        for (int attempt = 0; attempt < 5; attempt++) {
            Optional<Source.Stored> current = store.find(sourceId);
            if (current.isEmpty() || !owner.equals(current.get().source().leaseOwner())) {
                return;
            }
            Source done = current.get().source().fetched(clock.instant(), outcome.status(), outcome.errors(), outcome.validators(), wait);
            if (store.replaceForLease(current.get(), done)) {
                return;
            }
        }
    }
}
