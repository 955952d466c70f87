package dev.newsdesk.archive;

import java.net.URI;
import java.time.Instant;
import java.util.Map;

/**
 * An HTML page read back from a WARC file.
 *
 * @param target      the record's WARC-Target-URI
 * @param date        the record's WARC-Date
 * @param status      the HTTP status (always 200 for the pages {@link WarcPages} hands over)
 * @param contentType the HTTP Content-Type as received (with its charset), or {@code text/html} when it was missing and
 *                    the body looked like HTML
 * @param body        the HTTP body with transfer and content encodings undone
 * @param metadata    the fields of the metadata record that refers to the response (outlet, title, ...); empty for
 *                    WARC files of other tools
 */
public record ArchivedPage(URI target, Instant date, int status, String contentType, byte[] body,
        Map<String, String> metadata) {

    public ArchivedPage {
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
    }
}
