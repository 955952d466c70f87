package dev.newsdesk.web;

/**
 * What every page, feed and answer writes for an article without a title or an outlet; the view records call these,
 * so no template writes the words itself.
 */
public final class DisplayNames {

    static final String UNTITLED = "(untitled)";
    static final String UNKNOWN_OUTLET = "Unknown outlet";

    private DisplayNames() {
    }

    public static String title(String title) {
        return title == null || title.isBlank() ? UNTITLED : title;
    }

    public static String outlet(String outlet) {
        return outlet == null || outlet.isBlank() ? UNKNOWN_OUTLET : outlet;
    }
}
