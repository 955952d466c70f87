package dev.newsdesk.sources.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/** Gzipped bodies, decompressed with a bound so that a small "gzip bomb" cannot fill the heap. */
final class Gzip {

    private Gzip() {
    }

    static boolean isGzip(byte[] body) {
        return body.length >= 2 && body[0] == (byte) 0x1F && body[1] == (byte) 0x8B;
    }

    /**
     * The decompressed body, or {@code null} if it is longer than {@code maximumBytes}.
     *
     * @throws IOException if it is not valid gzip
     */
    static byte[] gunzip(byte[] body, int maximumBytes) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            byte[] inflated = in.readNBytes(maximumBytes);
            return in.read() < 0 ? inflated : null;
        }
    }
}
