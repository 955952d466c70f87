package dev.newsdesk.ingest.clean;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Decodes an HTML page with the charset its byte-order mark or meta tag declares, else as {@link TextDecoder} does. */
final class HtmlCharset {

    /** Browsers look for the meta charset in the first 1024 bytes; pages in the wild put it a little later. */
    private static final int DECLARATION_WINDOW_BYTES = 8192;
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]{0,300}?charset\\s*=\\s*[\"']?\\s*([a-zA-Z0-9_.:-]{1,40})", Pattern.CASE_INSENSITIVE);

    private HtmlCharset() {
    }

    static String decode(byte[] bytes) {
        if (TextDecoder.hasUtf8ByteOrderMark(bytes)) {
            return TextDecoder.decode(bytes);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        Charset declared = declared(bytes);
        // Pages that declare UTF-8 but were saved in Windows-1252 are common: UTF-8 is only trusted when valid.
        return declared == null || declared.equals(StandardCharsets.UTF_8) ? TextDecoder.decode(bytes) : new String(bytes, declared);
    }

    static Charset declared(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, DECLARATION_WINDOW_BYTES), StandardCharsets.ISO_8859_1);
        Matcher matcher = META_CHARSET.matcher(head);
        if (!matcher.find()) {
            return null;
        }
        String name = matcher.group(1).toLowerCase(Locale.ROOT);
        // As browsers do: Latin-1 and ASCII labels mean Windows-1252, and a meta tag cannot declare UTF-16.
        if (name.equals("iso-8859-1") || name.equals("latin1") || name.equals("us-ascii") || name.equals("ascii")) {
            return TextDecoder.WINDOWS_1252;
        }
        if (name.startsWith("utf-16")) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.isSupported(name) ? Charset.forName(name) : null;
        } catch (IllegalArgumentException unknownName) {
            return null;
        }
    }
}
