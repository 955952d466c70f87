package dev.newsdesk.benchmark;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import co.elastic.clients.json.JsonpMapper;
import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import dev.newsdesk.elasticsearch.embedded.NodeAccess;
import dev.newsdesk.search.ArticleSearch;
import dev.newsdesk.search.SearchParameters;

/**
 * Elasticsearch's own {@code _search}, sent the very request the portal sends for the same URL parameters (built by
 * the portal's {@link ArticleSearch#request}): relevance query, post_filter, disjunctive facet aggregations, the
 * timeline's aggregation, highlights. Each body is built once, outside the timed request.
 */
final class RawSearch implements SearchTarget {

    private static final JsonpMapper JSON = new Jackson3JsonpMapper();

    private final NodeAccess elasticsearch;
    private final String index;
    private final Map<SearchQuery, String> bodies = new ConcurrentHashMap<>();

    RawSearch(NodeAccess elasticsearch, String index) {
        this.elasticsearch = elasticsearch;
        this.index = index;
    }

    @Override
    public String name() {
        return "raw _search";
    }

    @Override
    public HttpRequest request(SearchQuery query) {
        // typed_keys as the Java client sends it: aggregation names come back prefixed with their type.
        return elasticsearch.request("/" + index + "/_search?typed_keys=true")
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(bodies.computeIfAbsent(query, RawSearch::body))).build();
    }

    static String body(SearchQuery query) {
        return JsonpUtils.toJsonString(ArticleSearch.request(SearchParameters.parse(query.parameters())), JSON);
    }
}
