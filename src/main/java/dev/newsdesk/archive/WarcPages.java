package dev.newsdesk.archive;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads the HTML pages of a WARC file: this archive's own, or another tool's such as Common Crawl's CC-NEWS. A broken
 * record is reported and reading goes on with the next record that can be found.
 */
public final class WarcPages {

    /** Larger response bodies (before or after decoding) are skipped and reported. */
    public static final long MAX_BODY_BYTES = 50L * 1024 * 1024;

    private WarcPages() {
    }

    /**
     * What reading one file found.
     *
     * @param pages    the pages handed over
     * @param skipped  the responses that were not pages: not status 200, not HTML, too large
     * @param problems the broken records, each {@code "offset N: reason"} with N the record's byte offset in the file
     */
    public record Summary(int pages, int skipped, List<String> problems) {

        public Summary {
            problems = List.copyOf(problems);
        }
    }

    /** Whether the file's name says it is a WARC file: {@code .warc} or {@code .warc.gz}, maybe still {@code .open}. */
    public static boolean isWarc(Path file) {
        Path name = file.getFileName();
        if (name == null) {
            return false;
        }
        String lower = name.toString().toLowerCase(java.util.Locale.ROOT);
        return lower.endsWith(".warc") || lower.endsWith(".warc.gz") || lower.endsWith(".warc.open")
                || lower.endsWith(".warc.gz.open");
    }

    /**
     * Hands over every response of status 200 with an HTML body, with the metadata record that refers to it.
     *
     * @throws IOException only when the file cannot be opened or read at all
     */
    public static Summary read(Path warcFile, Consumer<ArchivedPage> pages) throws IOException {
        return read(warcFile, MAX_BODY_BYTES, pages);
    }

    /** As {@link #read(Path, Consumer)}, skipping bodies over {@code maxBodyBytes}. */
    public static Summary read(Path warcFile, long maxBodyBytes, Consumer<ArchivedPage> pages) throws IOException {
        return new PageReader(warcFile, maxBodyBytes, pages).read();
    }
}
