package dev.newsdesk.search;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a search found: the total, one page of hits, the facets with disjunctive counts (and which of them have more
 * values than they list), the timeline buckets and,
 * when the query found little, a spelling suggestion ({@code null} otherwise).
 */
public record SearchResults(
        SearchCriteria criteria,
        long total,
        List<ResultHit> hits,
        Map<Facet, List<FacetValue>> facets,
        Set<Facet> withMore,
        List<DateBucket> timeline,
        String timelineInterval,
        Suggestion didYouMean) {

    public List<FacetValue> facet(Facet facet) {
        return facets.getOrDefault(facet, List.of());
    }

    /** True when the facet has values beyond those listed, which {@code more=<facet>} would list. */
    public boolean hasMore(Facet facet) {
        return withMore.contains(facet);
    }

    /** The number of the last page the result window lets a user reach. */
    public int lastPage() {
        long reachable = Math.min(total, SearchCriteria.MAX_RESULT_WINDOW);
        return (int) Math.max(1, (reachable + criteria.size() - 1) / criteria.size());
    }

    /** A corrected query: the plain text, and the same text in parts in which the changed words are marked. */
    public record Suggestion(String query, List<Snippets.Part> parts) {
    }
}
