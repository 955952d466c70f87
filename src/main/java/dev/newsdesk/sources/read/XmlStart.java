package dev.newsdesk.sources.read;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The start of a markup document: what comes after the byte order mark, white space, the XML declaration,
 * processing instructions and comments. Reads only the first few kilobytes, so it is cheap on any body, and never
 * throws.
 */
record XmlStart(Kind kind, String name) {

    /** How many bytes are looked at: enough for a long licence comment before the root element. */
    static final int SNIFF_BYTES = 8 * 1024;

    enum Kind {
        /** A {@code <!DOCTYPE ...>}; {@link #name} is its root name ("html", "rss"), lower case. */
        DOCTYPE,
        /** A start tag; {@link #name} is its qualified name as written ("rdf:RDF"). */
        ELEMENT,
        /** Something that is not markup (JSON, plain text) or the document is empty; {@link #name} is what it begins with. */
        TEXT,
        /** Only prologue within the bytes looked at. */
        UNKNOWN
    }

    static XmlStart of(byte[] body) {
        String text = decode(body);
        int at = 0;
        boolean prologue = false;
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c == '\uFEFF' || Character.isWhitespace(c)) {
                at++;
            } else if (text.startsWith("<?", at)) {
                prologue = true;
                at = after(text, "?>", at);
            } else if (text.startsWith("<!--", at)) {
                prologue = true;
                at = after(text, "-->", at);
            } else if (text.regionMatches(true, at, "<!doctype", 0, 9)) {
                return new XmlStart(Kind.DOCTYPE, name(text, at + 9).toLowerCase(Locale.ROOT));
            } else if (c == '<') {
                String name = name(text, at + 1);
                return name.isEmpty() ? text(text, at) : new XmlStart(Kind.ELEMENT, name);
            } else {
                return text(text, at);
            }
            if (at < 0) {
                break;
            }
        }
        return prologue ? new XmlStart(Kind.UNKNOWN, "") : new XmlStart(Kind.TEXT, "");
    }

    /** The name without its namespace prefix: "RDF" for "rdf:RDF". */
    String localName() {
        return name.substring(name.indexOf(':') + 1);
    }

    private static String decode(byte[] body) {
        int length = Math.min(body.length, SNIFF_BYTES);
        if (length >= 2 && (body[0] == (byte) 0xFE && body[1] == (byte) 0xFF)) {
            return new String(body, 2, length - 2, StandardCharsets.UTF_16BE);
        }
        if (length >= 2 && (body[0] == (byte) 0xFF && body[1] == (byte) 0xFE)) {
            return new String(body, 2, length - 2, StandardCharsets.UTF_16LE);
        }
        int start = length >= 3 && body[0] == (byte) 0xEF && body[1] == (byte) 0xBB && body[2] == (byte) 0xBF ? 3 : 0;
        // Markup is ASCII in every encoding a crawler meets besides UTF-16; names are all this needs.
        return new String(body, start, length - start, StandardCharsets.ISO_8859_1);
    }

    private static int after(String text, String end, int from) {
        int found = text.indexOf(end, from + 2);
        return found < 0 ? -1 : found + end.length();
    }

    private static String name(String text, int from) {
        int at = from;
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        int start = at;
        while (at < text.length() && isNameChar(text.charAt(at))) {
            at++;
        }
        return text.substring(start, at);
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == ':' || c == '-' || c == '_' || c == '.';
    }

    private static XmlStart text(String text, int at) {
        String line = text.substring(at, Math.min(text.length(), at + 20)).strip();
        int newline = line.indexOf('\n');
        return new XmlStart(Kind.TEXT, newline < 0 ? line : line.substring(0, newline).strip());
    }
}
