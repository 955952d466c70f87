package dev.newsdesk.benchmark;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Elasticsearch's own {@code _search} with the request the portal makes for the same query: simple_query_string
 * over title, body and entities (AND), facet filters as a post_filter, disjunctive facet counts (each facet's
 * aggregation filtered by every other facet), a yearly date histogram, a highlighted snippet, ten hits.
 */
final class RawSearch implements SearchTarget {

    private static final List<String> FACETS = List.of("outlet", "agency", "person", "organization", "place");

    private final URI elasticsearch;
    private final String index;

    RawSearch(URI elasticsearch, String index) {
        this.elasticsearch = elasticsearch;
        this.index = index;
    }

    @Override
    public String name() {
        return "raw _search";
    }

    @Override
    public HttpRequest request(SearchQuery query) {
        return HttpRequest.newBuilder(elasticsearch.resolve("/" + index + "/_search"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body(query))).build();
    }

    static String body(SearchQuery query) {
        ObjectNode body = ElasticsearchAdmin.JSON.createObjectNode();
        body.put("size", 10);
        body.put("track_total_hits", true);
        ObjectNode text = body.putObject("query").putObject("bool").putArray("must").addObject().putObject("simple_query_string");
        text.put("query", query.text());
        text.put("default_operator", "and");
        text.putArray("fields").add("title^3").add("body").add("people.text^2").add("organizations.text^2").add("places.text^2");
        if (!query.filters().isEmpty()) {
            body.set("post_filter", filters(query.filters(), null));
        }
        ObjectNode aggregations = body.putObject("aggs");
        for (String facet : FACETS) {
            ObjectNode aggregation = aggregations.putObject(facet);
            aggregation.set("filter", filters(query.filters(), facet));
            aggregation.putObject("aggs").putObject("values").putObject("terms")
                    .put("field", SearchQuery.FACET_FIELDS.get(facet)).put("size", 10);
        }
        ObjectNode published = aggregations.putObject("published");
        published.set("filter", filters(query.filters(), null));
        // auto_date_histogram lives in the aggregations module, which the embedded distribution lacks: a fixed
        // yearly interval is what it would pick for a corpus spanning twelve years.
        published.putObject("aggs").putObject("histogram").putObject("date_histogram").put("field", "published").put("calendar_interval", "year");
        ObjectNode highlight = body.putObject("highlight");
        highlight.putArray("pre_tags").add("<mark>");
        highlight.putArray("post_tags").add("</mark>");
        highlight.putObject("fields").putObject("body").put("fragment_size", 160).put("number_of_fragments", 1);
        if (query.newestFirst()) {
            body.putArray("sort").addObject().put("published", "desc");
        }
        body.putArray("_source").add("title").add("outlet").add("agency").add("published").add("people").add("organizations")
                .add("places").add("source").add("url");
        return body.toString();
    }

    /** A bool filter with one terms clause per facet, leaving out {@code except} (values of one facet are OR-ed). */
    private static ObjectNode filters(Map<String, List<String>> filters, String except) {
        ObjectNode bool = ElasticsearchAdmin.JSON.createObjectNode();
        ArrayNode clauses = bool.putObject("bool").putArray("filter");
        filters.forEach((facet, values) -> {
            if (!facet.equals(except)) {
                ArrayNode terms = clauses.addObject().putObject("terms").putArray(SearchQuery.FACET_FIELDS.get(facet));
                values.forEach(terms::add);
            }
        });
        return bool;
    }
}
