package dev.newsdesk.search;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServletRequest;

import dev.newsdesk.elasticsearch.ArticleDocument;

/** The JSON API: the same parameters and the same search as the page. */
@RestController
class SearchApiController {

    private final ArticleSearch search;
    private final PrefixSuggestions suggestions;

    SearchApiController(ArticleSearch search, PrefixSuggestions suggestions) {
        this.search = search;
        this.suggestions = suggestions;
    }

    @GetMapping("/api/search")
    Response search(HttpServletRequest request) throws IOException {
        SearchResults results = search.search(SearchParameters.parse(request.getParameterMap()), false);
        Map<String, List<Value>> facets = new LinkedHashMap<>();
        for (Facet facet : Facet.values()) {
            facets.put(facet.parameter(), results.facet(facet).stream()
                    .filter(value -> !value.excluded())
                    .map(value -> new Value(value.value(), value.count(), value.selected()))
                    .toList());
        }
        facets.put(ArticleDocument.PUBLISHED, results.timeline().stream()
                .map(bucket -> new Value(bucket.start().toString(), bucket.count(), bucket.selected()))
                .toList());
        return new Response(results.total(), results.hits(), facets);
    }

    @GetMapping("/api/suggest")
    PrefixSuggestions.Suggestions suggest(@RequestParam(name = "q", defaultValue = "") String prefix) throws IOException {
        return suggestions.suggest(prefix);
    }

    record Response(long total, List<ResultHit> hits, Map<String, List<Value>> facets) {
    }

    record Value(String value, long count, boolean selected) {
    }
}
