package dev.newsdesk.search;

import java.util.Locale;

/** How results are ordered; the URL value is the lower-case name. */
public enum SortOrder {
    RELEVANCE("Relevance"), NEWEST("Newest"), OLDEST("Oldest");

    private final String label;

    SortOrder(String label) {
        this.label = label;
    }

    public String parameter() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String label() {
        return label;
    }
}
