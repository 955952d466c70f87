package dev.newsdesk.ingest;

/** Told how an ingest is going, after every bulk request. */
@FunctionalInterface
public interface IngestProgress {

    IngestProgress SILENT = (done, total, failed, elapsedMillis) -> { };

    void update(int done, int total, int failed, long elapsedMillis);
}
