package dev.newsdesk.article;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** An article as stored in the index (written by the indexer, read by the portal): the public fields plus how its date was found, entity mention counts and a content hash. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ArticleDocument(
        @JsonProperty("title") String title,
        @JsonProperty("body") String body,
        @JsonProperty("outlet") String outlet,
        @JsonProperty("agency") String agency,
        @JsonProperty("published") LocalDate published,
        @JsonProperty("published_rule") String publishedRule,
        @JsonProperty("people") List<String> people,
        @JsonProperty("organizations") List<String> organizations,
        @JsonProperty("places") List<String> places,
        @JsonProperty("mentions") Map<String, Integer> mentions,
        @JsonProperty("source") String source,
        @JsonProperty("url") String url,
        @JsonProperty("ingested_at") Instant ingestedAt,
        @JsonProperty("content_hash") String contentHash) {

    public Article toArticle(String id) {
        return new Article(id, source, url, title, outlet, agency, published, body == null ? "" : body,
                list(people), list(organizations), list(places), ingestedAt);
    }

    private static List<String> list(List<String> values) {
        return values == null ? List.of() : values;
    }

    /** Rough size of the JSON form, for bounding bulk requests. */
    public long approximateBytes() {
        return 512L + (body == null ? 0 : body.length()) + (title == null ? 0 : title.length()) + 40L * (mentions == null ? 0 : mentions.size());
    }
}
