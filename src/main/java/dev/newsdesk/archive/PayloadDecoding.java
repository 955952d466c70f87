package dev.newsdesk.archive;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

import org.netpreserve.jwarc.DecodedBody;

/**
 * Undoes an HTTP Content-Encoding. Archives differ: Common Crawl keeps the payload as the server sent it, other tools
 * store it decoded but keep the header, so a body that does not look encoded is taken as it is.
 */
final class PayloadDecoding {

    private PayloadDecoding() {
    }

    /**
     * The body with the encodings named in the Content-Encoding values undone, last applied first.
     *
     * @throws TooLargeException when the decoded body would be longer than {@code maxBytes}
     * @throws IOException       when an encoding is unknown or its data is broken
     */
    static byte[] decode(byte[] body, List<String> contentEncodings, long maxBytes) throws IOException {
        List<String> encodings = new ArrayList<>();
        for (String value : contentEncodings) {
            for (String encoding : value.split(",")) {
                String name = encoding.strip().toLowerCase(Locale.ROOT);
                if (!name.isEmpty() && !name.equals("identity") && !name.equals("none")) {
                    encodings.add(name);
                }
            }
        }
        byte[] decoded = body;
        for (int i = encodings.size() - 1; i >= 0; i--) {
            String encoding = encodings.get(i);
            switch (encoding) {
                case "gzip", "x-gzip" -> {
                    if (!isGzip(decoded)) {
                        return decoded;
                    }
                    decoded = read(new GZIPInputStream(new ByteArrayInputStream(decoded)), maxBytes);
                }
                case "deflate" -> {
                    if (!looksDeflated(decoded)) {
                        return decoded;
                    }
                    decoded = inflate(decoded, maxBytes);
                }
                case "br" -> decoded = read(DecodedBody.create(Channels.newChannel(new ByteArrayInputStream(decoded)),
                        DecodedBody.Encoding.BROTLI).stream(), maxBytes);
                default -> throw new IOException("Content-Encoding " + encoding + " is not supported");
            }
        }
        return decoded;
    }

    /** Reads at most {@code maxBytes} bytes of the stream, and closes it. */
    static byte[] read(InputStream stream, long maxBytes) throws IOException {
        try (stream) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            long total = 0;
            for (int n; (n = stream.read(buffer)) >= 0;) {
                total += n;
                if (total > maxBytes) {
                    throw new TooLargeException(maxBytes);
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        }
    }

    private static boolean isGzip(byte[] bytes) {
        return bytes.length >= 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b;
    }

    /** Decoded HTML starts with markup or white space; deflated data almost never does. */
    private static boolean looksDeflated(byte[] bytes) {
        return bytes.length > 0 && !HtmlSniffer.looksLikeMarkup(bytes);
    }

    /** HTTP's deflate is zlib data, but some servers send raw deflate data. */
    private static byte[] inflate(byte[] bytes, long maxBytes) throws IOException {
        boolean zlib = bytes.length >= 2 && (bytes[0] & 0x0f) == 8 && ((bytes[0] & 0xff) << 8 | (bytes[1] & 0xff)) % 31 == 0;
        Inflater inflater = new Inflater(!zlib);
        try {
            return read(new InflaterInputStream(new ByteArrayInputStream(bytes), inflater), maxBytes);
        } finally {
            inflater.end();
        }
    }

    /** A body longer than the limit. */
    static final class TooLargeException extends IOException {
        TooLargeException(long maxBytes) {
            super("body is over the limit of " + maxBytes + " bytes");
        }
    }
}
