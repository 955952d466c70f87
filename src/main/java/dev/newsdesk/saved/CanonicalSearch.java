package dev.newsdesk.saved;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.newsdesk.search.SearchCriteria;
import dev.newsdesk.search.SearchLinks;
import dev.newsdesk.search.SearchParameters;

/**
 * A search in the one form a saved search keeps it: its query string, read by the search's own parser (so what the
 * search rejects, saving rejects with the same message) and written back canonically, page 1, unknown parameters
 * dropped. The stored record that carries it, with its name, owner and feed token, is {@link SavedSearch}.
 */
record CanonicalSearch(SearchCriteria criteria, String queryString) {

    /** Parses {@code q=vietnam&person=Antony+Blinken} (a leading {@code ?} or {@code /search?} is allowed). */
    static CanonicalSearch parse(String queryString) {
        String raw = queryString == null ? "" : queryString.strip();
        if (raw.startsWith(SearchLinks.PATH)) {
            raw = raw.substring(SearchLinks.PATH.length());
        }
        if (raw.startsWith("?")) {
            raw = raw.substring(1);
        }
        SearchCriteria criteria = SearchParameters.parse(parameters(raw)).withPage(1);
        return new CanonicalSearch(criteria, canonical(criteria));
    }

    /** The results page of this search. */
    String url() {
        return SearchLinks.url(criteria);
    }

    private static String canonical(SearchCriteria criteria) {
        String url = SearchLinks.url(criteria);
        String query = url.substring(SearchLinks.PATH.length());
        return query.startsWith("?") ? query.substring(1) : query;
    }

    private static Map<String, String[]> parameters(String raw) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            values.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
        Map<String, String[]> parameters = new LinkedHashMap<>();
        values.forEach((name, list) -> parameters.put(name, list.toArray(String[]::new)));
        return parameters;
    }

    private static String decode(String encoded) {
        try {
            return URLDecoder.decode(encoded, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new dev.newsdesk.search.InvalidSearchParameters("The query string is not valid URL encoding: check the % signs in it.");
        }
    }
}
