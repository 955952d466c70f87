package dev.newsdesk.elasticsearch;

/** The one place that knows index and alias names. Reads and writes go through the aliases only. */
public final class Indices {

    /** Alias of the current articles index. */
    public static final String ARTICLES = "articles";
    /** Alias of the current saved-queries index. */
    public static final String SAVED_QUERIES = "saved-queries";
    /** Alias of the current accounts index: user names, password hashes and roles. */
    public static final String ACCOUNTS = "accounts";

    private Indices() {
    }

    /** The versioned index behind an alias: {@code articles-000001}, {@code articles-000002}, ... */
    public static String versioned(String alias, int generation) {
        return "%s-%06d".formatted(alias, generation);
    }
}
