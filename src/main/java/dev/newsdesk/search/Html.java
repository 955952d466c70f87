package dev.newsdesk.search;

/**
 * Writes the result page's repeated parts (facet sections and values, hits, timeline bars, pages, choices, hidden fields) as HTML in one pass: the template
 * engine spent more on their hundreds of small expressions than Elasticsearch spent on the search. Every text and
 * attribute value goes through {@link #escape}; only {@link #trusted} markup, which {@link Snippets} made (escaped
 * text in which only {@code <mark>} is markup), is written as it is.
 */
final class Html {

    private final StringBuilder out = new StringBuilder(8192);

    /** An opening tag; {@code attributes} are name, value pairs, and a pair with a null value is left out. */
    Html open(String tag, String... attributes) {
        out.append('<').append(tag);
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                out.append(' ').append(attributes[i]).append("=\"");
                escapeInto(out, attributes[i + 1]);
                out.append('"');
            }
        }
        out.append('>');
        return this;
    }

    Html close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    /** An element holding only text. */
    Html element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    Html text(String text) {
        escapeInto(out, text);
        return this;
    }

    /** Markup made by {@link Snippets}, already escaped. */
    Html trusted(String html) {
        out.append(html);
        return this;
    }

    /** Text safe in element content and in quoted attribute values: {@code & < > " '} become references. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        escapeInto(escaped, text);
        return escaped.toString();
    }

    /** Appends {@code text} escaped; the runs between special characters are copied whole (the common case is no special character at all). */
    private static void escapeInto(StringBuilder out, String text) {
        if (text == null) {
            return;
        }
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            String reference = switch (text.charAt(i)) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (reference != null) {
                out.append(text, start, i).append(reference);
                start = i + 1;
            }
        }
        out.append(text, start, text.length());
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
