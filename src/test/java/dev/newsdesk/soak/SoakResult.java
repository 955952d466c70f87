package dev.newsdesk.soak;

import java.time.Duration;
import java.util.List;

import dev.newsdesk.benchmark.Machine;

/**
 * What a soak measured, for its goals and its report.
 *
 * @param warmup the requests of the warm-up before the measured minutes
 * @param kinds the requests of each kind, in the order of {@link RequestKind}
 * @param overall every request together
 * @param firstErrors the first failed requests, of the warm-up and then of the soak
 * @param articlesBefore the articles indexed when the clients started their warm-up (the first part of the corpus)
 * @param articlesAfter the articles indexed once the clients and the ingest had stopped
 * @param portalStop how the portal stopped after the soak, in words
 */
record SoakResult(
        Machine machine,
        Duration duration,
        int clients,
        Duration warmupDuration,
        RequestLog.Totals warmup,
        List<RequestLog.Totals> kinds,
        RequestLog.Totals overall,
        List<RequestLog.FailedRequest> firstErrors,
        HeapSample firstHeap,
        HeapSample lastHeap,
        ContinuousIngest.Tally ingest,
        long articlesBefore,
        long articlesAfter,
        String portalStop) {

    /** Failed requests, of the warm-up too, and failed ingest runs. */
    long errors() {
        return failedRequests() + ingest.failures().size();
    }

    long failedRequests() {
        return warmup.errors() + overall.errors();
    }

    long articlesIngestedDuringSoak() {
        return articlesAfter - articlesBefore;
    }

    /** Shorter than the soak, or with fewer clients. */
    boolean shortRun() {
        return duration.compareTo(SoakSettings.FULL_DURATION) < 0 || clients < SoakSettings.FULL_CLIENTS;
    }
}
