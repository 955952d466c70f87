package dev.newsdesk.elasticsearch;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The one place that knows index and alias names. Reads and writes go through the aliases only. */
public final class Indices {

    /** Alias of the current articles index. */
    public static final String ARTICLES = "articles";
    /** Alias of the current saved-searches index, under the name stored data already lives under. */
    public static final String SAVED_SEARCHES = "saved-queries";
    /** Alias of the current accounts index: user names, password hashes and roles. */
    public static final String ACCOUNTS = "accounts";
    /** Alias of the personal API tokens: only their SHA-256 hashes, their owners and roles. */
    public static final String API_TOKENS = "api-tokens";
    /** Alias of the admin's reindex jobs: their state and history. */
    public static final String REINDEX_JOBS = "reindex-jobs";
    /** Alias of the news sources the crawler follows, with their schedule, fetch state and leases. */
    public static final String SOURCES = "sources";
    /**
     * Alias of the listed pages the crawler will not fetch again although no article has their id: a lasting failure,
     * or a canonical URL that made them an article of another id.
     */
    public static final String SEEN_PAGES = "seen-pages";
    /** Alias of the paths the indexer was asked to ingest, which a reindex from the files reads again. */
    public static final String INGESTED_PATHS = "ingested-paths";

    private static final Pattern GENERATION = Pattern.compile("-(\\d{6})");

    private Indices() {
    }

    /** The versioned index behind an alias: {@code articles-000001}, {@code articles-000002}, ... */
    public static String versioned(String alias, int generation) {
        return "%s-%06d".formatted(alias, generation);
    }

    /** The generation of {@code index} if it is a versioned index of {@code alias} ({@code articles-000002}: 2), else empty. */
    public static OptionalInt generation(String alias, String index) {
        if (!index.startsWith(alias)) {
            return OptionalInt.empty();
        }
        Matcher matcher = GENERATION.matcher(index.substring(alias.length()));
        return matcher.matches() ? OptionalInt.of(Integer.parseInt(matcher.group(1))) : OptionalInt.empty();
    }

    /** A wildcard that matches every versioned index of the alias (and perhaps others: filter with {@link #generation}). */
    static String versionsPattern(String alias) {
        return alias + "-*";
    }
}
