package dev.newsdesk.command;

import java.io.PrintWriter;

import dev.newsdesk.ingest.IngestProgress;

/** A one-line progress bar redrawn in place: files done, docs/s, errors. */
final class ProgressBar implements IngestProgress {

    private static final int WIDTH = 30;
    private final PrintWriter err;

    ProgressBar(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void update(int done, int total, int failed, long elapsedMillis) {
        int filled = total == 0 ? WIDTH : (int) ((long) done * WIDTH / total);
        double rate = done / Math.max(elapsedMillis / 1000.0, 0.001);
        err.print("\r[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] "
                + "%d/%d files  %.1f docs/s  %d errors".formatted(done, total, rate, failed));
        err.flush();
    }
}
