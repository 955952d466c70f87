package dev.newsdesk.search;

import java.util.List;
import java.util.Map;

/**
 * What a search found: the total, one page of hits, the facets with disjunctive counts, the timeline buckets and,
 * when the query found little, a spelling suggestion ({@code null} otherwise).
 */
public record SearchResults(
        SearchCriteria criteria,
        long total,
        List<ResultHit> hits,
        Map<Facet, List<FacetValue>> facets,
        List<DateBucket> timeline,
        String timelineInterval,
        Suggestion didYouMean) {

    public List<FacetValue> facet(Facet facet) {
        return facets.getOrDefault(facet, List.of());
    }

    /** The number of the last page the result window lets a user reach. */
    public int lastPage() {
        long reachable = Math.min(total, SearchCriteria.MAX_RESULT_WINDOW);
        return (int) Math.max(1, (reachable + criteria.size() - 1) / criteria.size());
    }

    /** A corrected query: the plain text and HTML in which the changed words are marked. */
    public record Suggestion(String query, String html) {
    }
}
