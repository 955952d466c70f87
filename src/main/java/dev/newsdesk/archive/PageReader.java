package dev.newsdesk.archive;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * One pass over one WARC file. A page is handed over once the record after its response is read, so that a metadata
 * record referring to it (as this archive writes one) travels with it. A record that cannot be read is reported with
 * its offset, and reading resumes at the next place a record can start: the next gzip member of a gzipped file, the
 * next {@code WARC/1.} line of a plain one.
 */
final class PageReader {

    private static final byte[] GZIP_MEMBER = {0x1f, (byte) 0x8b, 0x08};
    private static final byte[] WARC_LINE = "WARC/1.".getBytes(StandardCharsets.US_ASCII);

    private final Path file;
    private final long maxBodyBytes;
    private final Consumer<ArchivedPage> pages;
    private final List<String> problems = new ArrayList<>();
    private int handedOver;
    private int skipped;
    private Pending pending;

    PageReader(Path file, long maxBodyBytes, Consumer<ArchivedPage> pages) {
        this.file = file;
        this.maxBodyBytes = maxBodyBytes;
        this.pages = pages;
    }

    WarcPages.Summary read() throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long start = 0;
            boolean afterProblem = false;
            while (start >= 0 && start < channel.size()) {
                start = readFrom(channel, start, afterProblem);
                afterProblem = true;
            }
        }
        handOverPending();
        return new WarcPages.Summary(handedOver, skipped, problems);
    }

    /**
     * Reads records from {@code start}; answers where to resume after a broken record, or -1 at the end. Right after a
     * problem, {@code start} is only a guess (a gzip member's magic bytes can occur inside compressed data), so a
     * guess that does not lead to a record is passed over silently.
     */
    private long readFrom(FileChannel channel, long start, boolean afterProblem) throws IOException {
        channel.position(start);
        WarcReader reader = new WarcReader(channel);
        reader.onWarning(warning -> { });
        WarcCompression compression = reader.compression();
        long lastStart = -1;
        long brokenAt;
        Exception failure;
        while (true) {
            Optional<WarcRecord> next;
            try {
                next = reader.next();
            } catch (IOException | RuntimeException e) {
                failure = e;
                brokenAt = lastStart < 0 ? start : nextRecordStart(channel, lastStart + 1, compression);
                if (brokenAt < 0) {
                    brokenAt = lastStart;
                }
                break;
            }
            if (next.isEmpty()) {
                return -1;
            }
            lastStart = reader.position();
            try {
                take(next.get());
            } catch (IOException | RuntimeException e) {
                failure = e;
                brokenAt = lastStart;
                break;
            }
        }
        if (!(afterProblem && lastStart < 0)) {
            problems.add("offset " + brokenAt + ": " + reason(failure));
        }
        return nextRecordStart(channel, brokenAt + 1, compression);
    }

    private void take(WarcRecord record) throws IOException {
        if (record instanceof WarcMetadata metadata && pending != null && refersTo(metadata, pending.id)) {
            pending.metadata.putAll(fields(metadata));
            handOverPending();
            return;
        }
        handOverPending();
        if (record instanceof WarcResponse response) {
            takeResponse(response);
        }
    }

    private void takeResponse(WarcResponse response) throws IOException {
        MediaType recordType = response.contentType();
        if (!recordType.base().equals(MediaType.HTTP_RESPONSE.base()) && !"http".equals(recordType.subtype())) {
            skipped++;
            return;
        }
        HttpResponse http = response.http();
        if (http.status() != 200) {
            skipped++;
            return;
        }
        byte[] body;
        try {
            body = PayloadDecoding.decode(PayloadDecoding.read(http.body().stream(), maxBodyBytes),
                    http.headers().all("Content-Encoding"), maxBodyBytes);
        } catch (PayloadDecoding.TooLargeException e) {
            skipped++;
            return;
        }
        Optional<String> declared = http.headers().first("Content-Type");
        String contentType;
        if (declared.isPresent() && !declared.get().isBlank()) {
            if (!HtmlSniffer.isHtmlType(declared.get())) {
                skipped++;
                return;
            }
            contentType = declared.get();
        } else if (HtmlSniffer.isHtml(body)) {
            contentType = "text/html";
        } else {
            skipped++;
            return;
        }
        pending = new Pending(response.id(), response.targetURI(), response.date(), contentType, body);
    }

    private void handOverPending() {
        if (pending == null) {
            return;
        }
        Pending page = pending;
        pending = null;
        handedOver++;
        pages.accept(new ArchivedPage(page.target, page.date, 200, page.contentType, page.body, page.metadata));
    }

    private static boolean refersTo(WarcMetadata metadata, URI responseId) {
        return metadata.headers().first("WARC-Refers-To")
                .map(value -> value.strip().replaceAll("^<|>$", ""))
                .filter(value -> value.equals(responseId.toString()))
                .isPresent();
    }

    private static Map<String, String> fields(WarcMetadata metadata) throws IOException {
        Map<String, String> fields = new LinkedHashMap<>();
        metadata.fields().map().forEach((name, values) -> {
            if (!values.isEmpty()) {
                fields.put(name, values.get(0));
            }
        });
        return fields;
    }

    private static String reason(Exception e) {
        String message = e.getMessage();
        if (e instanceof EOFException) {
            return "the record is cut short" + (message == null || message.isBlank() ? "" : " (" + message + ")");
        }
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message.strip();
    }

    /** The offset of the next place at or after {@code from} where a record can start, or -1. */
    private static long nextRecordStart(FileChannel channel, long from, WarcCompression compression)
            throws IOException {
        byte[] marker = compression == WarcCompression.GZIP ? GZIP_MEMBER : WARC_LINE;
        channel.position(from);
        InputStream in = Channels.newInputStream(channel);
        byte[] buffer = new byte[64 * 1024];
        int matched = 0;
        long offset = from;
        for (int n; (n = in.read(buffer)) > 0;) {
            for (int i = 0; i < n; i++, offset++) {
                byte b = buffer[i];
                if (b == marker[matched]) {
                    matched++;
                } else {
                    matched = b == marker[0] ? 1 : 0;
                }
                if (matched == marker.length) {
                    return offset - marker.length + 1;
                }
            }
        }
        return -1;
    }

    private static final class Pending {
        final URI id;
        final URI target;
        final Instant date;
        final String contentType;
        final byte[] body;
        final Map<String, String> metadata = new LinkedHashMap<>();

        Pending(URI id, URI target, Instant date, String contentType, byte[] body) {
            this.id = id;
            this.target = target;
            this.date = date;
            this.contentType = contentType;
            this.body = body;
        }
    }
}
