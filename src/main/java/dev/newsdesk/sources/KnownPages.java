package dev.newsdesk.sources;

import java.io.IOException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import dev.newsdesk.elasticsearch.Indices;

/**
 * Which listed pages need no fetch: those indexed already (an article with that id, from any source or a file), those
 * that failed for a lasting reason, and those whose canonical URL made them an article of another id. One
 * {@code _mget} per index for a whole feed.
 */
class KnownPages {

    private final ElasticsearchClient client;

    KnownPages(ElasticsearchClient client) {
        this.client = client;
    }

    /** The ids among these that are indexed or failed for good. */
    Set<String> known(Collection<String> ids) throws IOException {
        Set<String> known = new HashSet<>();
        if (ids.isEmpty()) {
            return known;
        }
        List<String> list = List.copyOf(ids);
        for (String index : List.of(Indices.ARTICLES, Indices.SEEN_PAGES)) {
            var response = client.mget(m -> m.index(index).ids(list).sourceExcludes("*"), Void.class);
            response.docs().forEach(doc -> {
                if (doc.isResult() && doc.result().found()) {
                    known.add(doc.result().id());
                }
            });
        }
        return known;
    }

    /** Remembers that the page needs no fetch again, and why: a lasting failure, or the other id it was indexed as. */
    void remember(String id, String url, String sourceId, String outcome, String articleId, Instant at) throws IOException {
        client.index(i -> i.index(Indices.SEEN_PAGES).id(id).document(new SeenPage(url, sourceId, outcome, articleId, at)));
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record SeenPage(@JsonProperty("url") String url, @JsonProperty("source_id") String sourceId, @JsonProperty("outcome") String outcome,
            @JsonProperty("article_id") String articleId, @JsonProperty("seen_at") Instant seenAt) {
    }
}
