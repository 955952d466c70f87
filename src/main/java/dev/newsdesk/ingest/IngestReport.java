package dev.newsdesk.ingest;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of one ingest: every file's (and every WARC page's) result and the totals; {@code skippedRecords} counts
 * the WARC responses that were no HTML page answered with 200.
 */
public record IngestReport(List<FileResult> files, int skippedRecords, Duration took) {

    public Map<FileResult.Status, Long> counts() {
        Map<FileResult.Status, Long> counts = new EnumMap<>(FileResult.Status.class);
        for (FileResult.Status status : FileResult.Status.values()) {
            counts.put(status, 0L);
        }
        files.forEach(file -> counts.merge(file.status(), 1L, Long::sum));
        return counts;
    }

    public long count(FileResult.Status status) {
        return counts().get(status);
    }

    public List<FileResult> failures() {
        return files.stream().filter(file -> file.status() == FileResult.Status.FAILED).toList();
    }

    public String summary() {
        Map<FileResult.Status, Long> counts = counts();
        double seconds = Math.max(took.toMillis(), 1) / 1000.0;
        return "%d files in %.1f s (%.1f docs/s): %d indexed, %d updated, %d unchanged, %d failed".formatted(
                files.size(), seconds, files.size() / seconds,
                counts.get(FileResult.Status.INDEXED), counts.get(FileResult.Status.UPDATED),
                counts.get(FileResult.Status.UNCHANGED), counts.get(FileResult.Status.FAILED))
                + (skippedRecords == 0 ? "" : "; %d WARC %s skipped (not an HTML page answered with 200)".formatted(
                        skippedRecords, skippedRecords == 1 ? "record" : "records"));
    }
}
