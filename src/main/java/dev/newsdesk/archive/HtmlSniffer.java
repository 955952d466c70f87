package dev.newsdesk.archive;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import dev.newsdesk.datafile.DataFile;

/** Tells HTML from other bodies when a response names no Content-Type, by how the body starts. */
final class HtmlSniffer {

    private static final int SNIFF_BYTES = 1024;
    private static final List<String> HTML_STARTS = DataFile.lines("archive/html-starts.txt");

    private HtmlSniffer() {
    }

    static boolean isHtml(byte[] body) {
        String start = start(body).toLowerCase(Locale.ROOT);
        if (start.startsWith("<?xml")) {
            return start.contains("<html");
        }
        return HTML_STARTS.stream().anyMatch(start::startsWith);
    }

    /** Whether a Content-Type names an HTML page: {@code text/html} or {@code application/xhtml+xml}, any parameters. */
    static boolean isHtmlType(String contentType) {
        String base = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return base.equals("text/html") || base.equals("application/xhtml+xml");
    }

    /** Whether the body starts, after white space, with {@code <}. */
    static boolean looksLikeMarkup(byte[] body) {
        return start(body).startsWith("<");
    }

    /** The first bytes without a byte order mark and leading white space. */
    private static String start(byte[] body) {
        int from = body.length >= 3 && (body[0] & 0xff) == 0xef && (body[1] & 0xff) == 0xbb && (body[2] & 0xff) == 0xbf
                ? 3 : 0;
        while (from < body.length && Character.isWhitespace(body[from])) {
            from++;
        }
        return new String(body, from, Math.min(SNIFF_BYTES, body.length - from), StandardCharsets.ISO_8859_1);
    }
}
