package dev.newsdesk.sources.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/** Reads a body, decompressed, up to a bound counted after decompression (so a gzip bomb stops at it). */
final class BodyReader {

    private BodyReader() {
    }

    /** The body, or null when it is longer than {@code maxBytes}. */
    static byte[] read(InputStream raw, String contentEncoding, long maxBytes) throws IOException {
        PushbackInputStream body = new PushbackInputStream(raw, 2);
        int first = body.read();
        if (first < 0) {
            return new byte[0]; // a 304 or a HEAD answer may name an encoding but send nothing
        }
        body.unread(first);
        try (InputStream decoded = decoded(body, contentEncoding)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            int read;
            while ((read = decoded.read(buffer)) >= 0) {
                total += read;
                if (total > maxBytes) {
                    return null;
                }
                out.write(buffer, 0, read);
            }
            return out.toByteArray();
        }
    }

    private static InputStream decoded(PushbackInputStream body, String contentEncoding) throws IOException {
        String encoding = contentEncoding == null ? "" : contentEncoding.strip().toLowerCase(Locale.ROOT);
        return switch (encoding) {
            case "gzip", "x-gzip" -> new GZIPInputStream(body, 64 * 1024);
            case "deflate" -> new InflaterInputStream(body, new Inflater(!zlibWrapped(body)), 64 * 1024);
            default -> body; // identity, or an encoding we did not ask for: kept as sent
        };
    }

    /** HTTP's deflate is zlib-wrapped, but some servers send raw deflate: a zlib header tells them apart. */
    private static boolean zlibWrapped(PushbackInputStream body) throws IOException {
        int first = body.read();
        int second = body.read();
        if (second >= 0) {
            body.unread(second);
        }
        if (first >= 0) {
            body.unread(first);
        }
        return first >= 0 && second >= 0 && (first & 0x0f) == 8 && ((first << 8) | second) % 31 == 0;
    }
}
