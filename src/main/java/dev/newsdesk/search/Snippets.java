package dev.newsdesk.search;

/**
 * Turns highlighter output into safe HTML: Elasticsearch marks matches with private-use characters, everything is
 * escaped, and only then do the markers become {@code <mark>} elements. No other markup can survive.
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
        return Html.escape(highlighted)
                .replace(PRE_TAG, "<mark>")
                .replace(POST_TAG, "</mark>");
    }
}
