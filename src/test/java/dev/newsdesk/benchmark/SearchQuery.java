package dev.newsdesk.benchmark;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One search of the benchmark's mix, in the portal's terms: the text, facet filters keyed by the portal's parameter
 * names ({@code outlet}, {@code person}, {@code organization}, {@code place}), and whether newest come first.
 */
public record SearchQuery(String text, Map<String, List<String>> filters, boolean newestFirst) {

    /** The portal's facet parameters and the index fields they filter on. */
    static final Map<String, String> FACET_FIELDS = Map.of(
            "outlet", "outlet", "agency", "agency", "person", "people", "organization", "organizations", "place", "places");

    /** The portal's URL parameters for this search, as a servlet parameter map. */
    Map<String, String[]> parameters() {
        Map<String, String[]> parameters = new LinkedHashMap<>();
        parameters.put("q", new String[] {text});
        filters.forEach((facet, values) -> parameters.put(facet, values.toArray(String[]::new)));
        if (newestFirst) {
            parameters.put("sort", new String[] {"newest"});
        }
        return parameters;
    }

    /** The same parameters as a URL's query string, percent-encoded, without the {@code ?}. */
    public String queryString() {
        StringBuilder query = new StringBuilder();
        parameters().forEach((name, values) -> {
            for (String value : values) {
                query.append(query.isEmpty() ? "" : "&").append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        });
        return query.toString();
    }
}
