package dev.newsdesk.search;

import java.util.Locale;

/** Counts as the page writes them: digits grouped by commas, 12,345. */
final class Counts {

    private Counts() {
    }

    static String format(long count) {
        return String.format(Locale.ROOT, "%,d", count);
    }
}
