package dev.newsdesk.search;

import java.util.ArrayList;
import java.util.List;

import org.unbescape.html.HtmlEscape;

/**
 * Highlighter output made safe to show. Elasticsearch marks matches with private-use characters; the text is escaped
 * first (by Thymeleaf's escaper, as {@code th:text} escapes), and only then do the markers become {@code <mark>}
 * elements, so no other markup can survive. The result page inserts highlighted titles and snippets as they are:
 * they are the one piece of the page built as HTML in Java.
 */
public final class Snippets {

    static final String PRE_TAG = "\uE000";
    static final String POST_TAG = "\uE001";

    private Snippets() {
    }

    /** Escaped text with {@code <mark>} around the highlighted parts. */
    public static String toHtml(String highlighted) {
        if (highlighted == null) {
            return "";
        }
        return HtmlEscape.escapeHtml4Xml(highlighted)
                .replace(PRE_TAG, "<mark>")
                .replace(POST_TAG, "</mark>");
    }

    /** The same text as plain parts, marked or not, for a template to write with {@code th:text}. */
    static List<Part> parts(String highlighted) {
        List<Part> parts = new ArrayList<>();
        int at = 0;
        while (at < highlighted.length()) {
            int start = highlighted.indexOf(PRE_TAG, at);
            if (start < 0) {
                parts.add(new Part(highlighted.substring(at), false));
                break;
            }
            if (start > at) {
                parts.add(new Part(highlighted.substring(at, start), false));
            }
            int end = highlighted.indexOf(POST_TAG, start);
            end = end < 0 ? highlighted.length() : end;
            parts.add(new Part(highlighted.substring(start + PRE_TAG.length(), end), true));
            at = end + POST_TAG.length();
        }
        return parts;
    }

    /** A run of text, highlighted or not. */
    public record Part(String text, boolean marked) {
    }
}
