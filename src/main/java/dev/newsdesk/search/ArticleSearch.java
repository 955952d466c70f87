package dev.newsdesk.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.aggregations.TermsInclude;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.HighlighterType;
import dev.newsdesk.elasticsearch.ArticleDocument;
import dev.newsdesk.elasticsearch.Indices;
import dev.newsdesk.web.DisplayNames;

/**
 * Runs a search: relevance query, post_filter for the selections, one filtered aggregation per facet so each
 * facet counts with every filter but its own, the timeline, highlighted snippets, and "did you mean" when the
 * query finds little. The page and the JSON API both call this.
 */
@Service
public class ArticleSearch {

    /** Values a facet lists at first, ranked by count. */
    public static final int FACET_TOP = 10;
    /** Values a facet lists once opened with {@code more=<facet>}. */
    public static final int FACET_MORE = 50;
    static final int SNIPPET_LENGTH = 200;
    /** Below this many hits a spelling suggestion is worth a second request. */
    static final int FEW_HITS = 3;
    private static final String TOP = "top";
    private static final String CHOSEN = "chosen";
    /** What a result shows; the body stays in Elasticsearch (the snippet comes from the highlighter). */
    private static final List<String> HIT_FIELDS = List.of(ArticleDocument.SOURCE, ArticleDocument.TITLE, ArticleDocument.OUTLET,
            ArticleDocument.AGENCY, ArticleDocument.PUBLISHED, ArticleDocument.PEOPLE, ArticleDocument.ORGANIZATIONS, ArticleDocument.PLACES);

    private final ElasticsearchClient client;
    private final DidYouMean didYouMean;

    ArticleSearch(ElasticsearchClient client, DidYouMean didYouMean) {
        this.client = client;
        this.didYouMean = didYouMean;
    }

    /** Searches, and looks for a spelling correction when the query finds little (what the page shows). */
    public SearchResults search(SearchCriteria criteria) throws IOException {
        return search(criteria, true);
    }

    /** Searches; {@code suggestSpelling} false spares the extra requests "did you mean" costs, for callers that do not show it. */
    public SearchResults search(SearchCriteria criteria, boolean suggestSpelling) throws IOException {
        SearchResponse<ArticleDocument> response = client.search(request(criteria), ArticleDocument.class);
        long total = response.hits().total() == null ? response.hits().hits().size() : response.hits().total().value();
        List<ResultHit> hits = response.hits().hits().stream().map(ArticleSearch::toResult).toList();
        Map<Facet, List<FacetValue>> facets = new EnumMap<>(Facet.class);
        Set<Facet> withMore = EnumSet.noneOf(Facet.class);
        for (Facet facet : Facet.values()) {
            facets.put(facet, facetValues(criteria, facet, response.aggregations(), withMore));
        }
        // A finer timeline only counts: the text query as a filter, with no scoring to compute.
        Query matching = RelevanceQuery.textQuery(QueryText.of(criteria.query()));
        Timeline.Result timeline = Timeline.read(response.aggregations().get(Timeline.NAME), criteria, client,
                Query.of(q -> q.bool(b -> b.filter(matching))), new FacetFilters(criteria).allButDates());
        SearchResults.Suggestion suggestion = suggestSpelling && worthASpellingSuggestion(criteria, total) ? didYouMean.suggest(criteria.query()) : null;
        return new SearchResults(criteria, total, hits, facets, withMore, timeline.buckets(), timeline.interval(), suggestion);
    }

    /**
     * When the query itself finds little: few hits and no filter to blame for it. With filters on, the few hits are
     * what the filters left, and a respelling of a correctly spelled query would only mislead.
     */
    static boolean worthASpellingSuggestion(SearchCriteria criteria, long total) {
        return criteria.hasQuery() && !criteria.hasFilters() && total < FEW_HITS;
    }

    /** The one request a search sends; public so the benchmark can send the same request straight to Elasticsearch. */
    public static SearchRequest request(SearchCriteria criteria) {
        FacetFilters filters = new FacetFilters(criteria);
        Query text = RelevanceQuery.textQuery(QueryText.of(criteria.query()));
        return SearchRequest.of(s -> {
            s.index(Indices.ARTICLES)
                    // A shard that no copy could answer fails the search (503) rather than show fewer hits and
                    // lower counts as if they were all; a node that dies mid-search is retried on the shard's replica.
                    .allowPartialSearchResults(false)
                    .query(RelevanceQuery.of(criteria.query()))
                    .postFilter(filters.all())
                    .trackTotalHits(t -> t.enabled(true))
                    .source(src -> src.filter(f -> f.includes(HIT_FIELDS)))
                    .from(criteria.beyondResultWindow() ? 0 : criteria.offset())
                    .size(criteria.beyondResultWindow() ? 0 : criteria.size())
                    .sort(sort(criteria.sort()))
                    .highlight(h -> h
                            .type(HighlighterType.Unified)
                            .preTags(Snippets.PRE_TAG).postTags(Snippets.POST_TAG)
                            .highlightQuery(text)
                            .fields(ArticleDocument.TITLE, f -> f.numberOfFragments(0))
                            .fields(ArticleDocument.BODY, f -> f.fragmentSize(SNIPPET_LENGTH).numberOfFragments(2).noMatchSize(SNIPPET_LENGTH)));
            for (Facet facet : Facet.values()) {
                int size = bucketsToAsk(criteria, facet);
                s.aggregations(facet.parameter(), facetAggregation(facet, size, filters.allExcept(facet), criteria.selected(facet)));
                if (!criteria.selected(facet).isEmpty()) {
                    s.aggregations(addedName(facet), facetAggregation(facet, size, filters.addedBy(facet), List.of()));
                }
            }
            s.aggregations(Timeline.NAME, Timeline.aggregation(filters.allButDates()));
            return s;
        });
    }

    /** One more than the facet lists when closed, so the page knows whether a "more" link leads anywhere. */
    private static int bucketsToAsk(SearchCriteria criteria, Facet facet) {
        return criteria.isExpanded(facet) ? FACET_MORE : FACET_TOP + 1;
    }

    private static Aggregation facetAggregation(Facet facet, int size, Query filter, List<String> selected) {
        return Aggregation.of(a -> {
            a.filter(filter).aggregations(TOP, t -> t.terms(terms -> terms.field(facet.field()).size(size)));
            if (!selected.isEmpty()) {
                a.aggregations(CHOSEN, t -> t.terms(terms -> terms.field(facet.field()).size(selected.size())
                        .include(TermsInclude.of(i -> i.terms(selected)))));
            }
            return a;
        });
    }

    private static List<SortOptions> sort(SortOrder order) {
        return switch (order) {
            case RELEVANCE -> List.of(SortOptions.of(o -> o.score(sc -> sc.order(co.elastic.clients.elasticsearch._types.SortOrder.Desc))),
                    byDate(co.elastic.clients.elasticsearch._types.SortOrder.Desc));
            case NEWEST -> List.of(byDate(co.elastic.clients.elasticsearch._types.SortOrder.Desc),
                    SortOptions.of(o -> o.score(sc -> sc.order(co.elastic.clients.elasticsearch._types.SortOrder.Desc))));
            case OLDEST -> List.of(byDate(co.elastic.clients.elasticsearch._types.SortOrder.Asc),
                    SortOptions.of(o -> o.score(sc -> sc.order(co.elastic.clients.elasticsearch._types.SortOrder.Desc))));
        };
    }

    private static SortOptions byDate(co.elastic.clients.elasticsearch._types.SortOrder direction) {
        return SortOptions.of(o -> o.field(f -> f.field(ArticleDocument.PUBLISHED).order(direction).missing("_last")));
    }

    private static List<FacetValue> facetValues(SearchCriteria criteria, Facet facet, Map<String, Aggregate> aggregations, Set<Facet> withMore) {
        Map<String, Aggregate> counted = aggregations.get(facet.parameter()).filter().aggregations();
        Map<String, Long> added = new LinkedHashMap<>();
        Aggregate addedAggregate = aggregations.get(addedName(facet));
        if (addedAggregate != null) {
            buckets(addedAggregate.filter().aggregations().get(TOP)).forEach(b -> added.put(b.key().stringValue(), b.docCount()));
        }
        List<FacetValue> values = new ArrayList<>();
        List<StringTermsBucket> top = buckets(counted.get(TOP));
        if (!criteria.isExpanded(facet) && top.size() > FACET_TOP) {
            withMore.add(facet);
            top = top.subList(0, FACET_TOP);
        }
        for (StringTermsBucket bucket : top) {
            values.add(facetValue(criteria, facet, bucket.key().stringValue(), bucket.docCount(), added));
        }
        for (String selected : criteria.selected(facet)) {
            if (values.stream().noneMatch(v -> v.value().equals(selected))) {
                long count = counted.containsKey(CHOSEN) ? buckets(counted.get(CHOSEN)).stream()
                        .filter(b -> b.key().stringValue().equals(selected)).mapToLong(StringTermsBucket::docCount).sum() : 0;
                values.add(facetValue(criteria, facet, selected, count, added));
            }
        }
        for (String excluded : criteria.excluded(facet)) {
            values.add(new FacetValue(excluded, 0, null, false, true));
        }
        return values;
    }

    private static FacetValue facetValue(SearchCriteria criteria, Facet facet, String value, long count, Map<String, Long> added) {
        boolean selected = criteria.isSelected(facet, value);
        Long adds = criteria.selected(facet).isEmpty() || selected ? null : added.getOrDefault(value, 0L);
        return new FacetValue(value, count, adds, selected, false);
    }

    private static List<StringTermsBucket> buckets(Aggregate terms) {
        return terms == null ? List.of() : terms.sterms().buckets().array();
    }

    private static String addedName(Facet facet) {
        return facet.parameter() + "_added";
    }


    private static ResultHit toResult(Hit<ArticleDocument> hit) {
        ArticleDocument source = hit.source();
        Map<String, List<String>> highlight = hit.highlight();
        String title = DisplayNames.title(source.title());
        List<String> titleFragments = highlight.get(ArticleDocument.TITLE);
        String titleHtml = titleFragments == null || titleFragments.isEmpty() ? Snippets.toHtml(title) : Snippets.toHtml(titleFragments.get(0));
        List<String> bodyFragments = highlight.getOrDefault(ArticleDocument.BODY, List.of());
        String snippet = Snippets.toHtml(String.join(" … ", bodyFragments));
        return new ResultHit(hit.id(), source.source(), title, titleHtml, source.outlet(), source.agency(), source.published(), snippet,
                source.people(), source.organizations(), source.places());
    }

}
