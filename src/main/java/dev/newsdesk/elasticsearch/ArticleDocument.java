package dev.newsdesk.elasticsearch;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An article as stored in the articles index: the indexer writes it, the portal reads it (whole, or the fields a
 * search asks for, the others then being null). The constants are the index's field names; the mapping in
 * {@code index-templates/articles.index-template.json} gives their types. Entity lists are ordered by mentions, most
 * first, and are never null; the body keeps paragraphs apart with blank lines.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ArticleDocument(
        @JsonProperty(TITLE) String title,
        @JsonProperty(BODY) String body,
        @JsonProperty(OUTLET) String outlet,
        @JsonProperty(AGENCY) String agency,
        @JsonProperty(PUBLISHED) LocalDate published,
        @JsonProperty(PUBLISHED_RULE) String publishedRule,
        @JsonProperty(PEOPLE) List<String> people,
        @JsonProperty(ORGANIZATIONS) List<String> organizations,
        @JsonProperty(PLACES) List<String> places,
        @JsonProperty(MENTIONS) Map<String, Integer> mentions,
        @JsonProperty(SOURCE) String source,
        @JsonProperty(URL) String url,
        @JsonProperty(INGESTED_AT) Instant ingestedAt,
        @JsonProperty(CONTENT_HASH) String contentHash,
        @JsonProperty(SOURCE_ID) String sourceId,
        @JsonProperty(COLLECTIONS) List<String> collections,
        @JsonProperty(FETCHED_AT) Instant fetchedAt) {

    public static final String TITLE = "title";
    public static final String BODY = "body";
    public static final String OUTLET = "outlet";
    public static final String AGENCY = "agency";
    /** The publication date, a {@code date} field; undated articles have none. */
    public static final String PUBLISHED = "published";
    /** Which rule found the date ("sidecar", "json-ld", "dateline", ...). */
    public static final String PUBLISHED_RULE = "published_rule";
    public static final String PEOPLE = "people";
    public static final String ORGANIZATIONS = "organizations";
    public static final String PLACES = "places";
    /** How often each entity is mentioned, by name. */
    public static final String MENTIONS = "mentions";
    /** The file's path relative to the directory it was ingested from. */
    public static final String SOURCE = "source";
    public static final String URL = "url";
    public static final String INGESTED_AT = "ingested_at";
    /** Hash of the file and its sidecar: an unchanged file is not indexed again. */
    public static final String CONTENT_HASH = "content_hash";

    /** The outlet of an article whose outlet nothing reveals; never a guess. */
    /** The id of the followed source a crawled article came from; null for files. */
    public static final String SOURCE_ID = "source_id";
    /** The source's labels when the article was fetched (or archived): what the collection facet counts. */
    public static final String COLLECTIONS = "collections";
    /** When a crawled page was fetched, or a WARC file's page captured (its WARC-Date); files have none. */
    public static final String FETCHED_AT = "fetched_at";
    public static final String UNKNOWN_OUTLET = "Unknown";

    public ArticleDocument {
        people = people == null ? List.of() : people;
        organizations = organizations == null ? List.of() : organizations;
        places = places == null ? List.of() : places;
        mentions = mentions == null ? Map.of() : mentions;
        collections = collections == null ? List.of() : collections;
    }

    /** Rough size of the JSON form, for bounding bulk requests. */
    public long approximateBytes() {
        return 512L + (body == null ? 0 : body.length()) + (title == null ? 0 : title.length()) + 40L * mentions.size();
    }
}
