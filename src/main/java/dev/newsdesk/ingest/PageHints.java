package dev.newsdesk.ingest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.newsdesk.datafile.DataFile;

/**
 * What a followed source said of a page before it was fetched. The source's {@code outlet} wins over what the indexer
 * infers; the listing's {@code title}, {@code published} and {@code author} are fallbacks for the page's own metadata.
 * {@code collections} are the source's labels at fetch time. Every field may be null (the lists empty). Kept in the
 * WARC archive beside the page as its metadata record, so a rebuild from the archive gives the same article.
 */
public record PageHints(String outlet, String title, String published, String author, String sourceId, List<String> collections) {

    public static final PageHints NONE = new PageHints(null, null, null, null, null, List.of());

    public PageHints {
        collections = collections == null ? List.of() : List.copyOf(collections);
    }

    /** The hints as WARC metadata fields (blank ones left out). */
    public Map<String, String> toMetadata() {
        Map<String, String> fields = new LinkedHashMap<>();
        put(fields, "outlet", outlet);
        put(fields, "title", title);
        put(fields, "published", published);
        put(fields, "author", author);
        put(fields, "source-id", sourceId);
        put(fields, "collections", String.join(", ", collections));
        return fields;
    }

    /** The hints kept in a WARC metadata record; a foreign archive's record (or none) gives none. */
    public static PageHints fromMetadata(Map<String, String> fields) {
        if (fields == null || fields.isEmpty()) {
            return NONE;
        }
        return new PageHints(blankToNull(fields.get("outlet")), blankToNull(fields.get("title")), blankToNull(fields.get("published")),
                blankToNull(fields.get("author")), blankToNull(fields.get("source-id")), DataFile.items(fields.getOrDefault("collections", "")));
    }

    private static void put(Map<String, String> fields, String name, String value) {
        if (value != null && !value.isBlank()) {
            fields.put(name, value.replaceAll("[\\r\\n]+", " ").strip());
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
