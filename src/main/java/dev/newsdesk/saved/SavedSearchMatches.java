package dev.newsdesk.saved;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.core.MsearchResponse;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.msearch.MultiSearchResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import dev.newsdesk.elasticsearch.ArticleDocument;
import dev.newsdesk.elasticsearch.Indices;
import dev.newsdesk.search.ArticleSearch;
import dev.newsdesk.search.SearchCriteria;

/**
 * What a saved search finds now: its total, the articles ingested since a moment, and its newest articles. The
 * matching comes from the search's own request ({@link ArticleSearch#request}: its query and its filters), so a
 * saved search counts exactly what its results page shows.
 */
@Component
class SavedSearchMatches {

    /** At most this many new articles are marked on a results page. */
    static final int MARKED_LIMIT = 1000;
    private final ElasticsearchClient client;

    SavedSearchMatches(ElasticsearchClient client) {
        this.client = client;
    }

    /** A search's total and its count since a moment, as {@link #totals} answers them. */
    record Totals(long total, long newSince) {
    }

    /**
     * The total and the count since its moment of every search, in one {@code _msearch} (two searches each), so a page of
     * saved searches costs one request to Elasticsearch however many it lists.
     */
    List<Totals> totals(List<SearchCriteria> criteria, List<Instant> since) throws IOException {
        if (criteria.isEmpty()) {
            return List.of();
        }
        MsearchResponse<Void> response = client.msearch(m -> {
            for (int i = 0; i < criteria.size(); i++) {
                for (Query query : List.of(matching(criteria.get(i), null), matching(criteria.get(i), since.get(i)))) {
                    m.searches(s -> s.header(h -> h.index(Indices.ARTICLES))
                            .body(b -> b.query(query).size(0).trackTotalHits(t -> t.enabled(true))));
                }
            }
            return m;
        }, Void.class);
        List<Totals> totals = new ArrayList<>(criteria.size());
        for (int i = 0; i < criteria.size(); i++) {
            totals.add(new Totals(count(response.responses().get(2 * i)), count(response.responses().get(2 * i + 1))));
        }
        return totals;
    }

    private static long count(MultiSearchResponseItem<Void> item) {
        if (item.isFailure()) {
            throw new ElasticsearchException("msearch", item.failure());
        }
        return item.result().hits().total().value();
    }

    /** Ids of matching articles ingested after {@code since}, up to {@link #MARKED_LIMIT}. */
    Set<String> newIds(SearchCriteria criteria, Instant since) throws IOException {
        return client.search(s -> s.index(Indices.ARTICLES).query(matching(criteria, since)).size(MARKED_LIMIT)
                        .source(src -> src.fetch(false)).sort(o -> o.doc(d -> d)), Void.class)
                .hits().hits().stream().map(Hit::id).collect(Collectors.toUnmodifiableSet());
    }

    /** The most recently ingested matching articles, newest first, title and the start of the body read. */
    List<Hit<ArticleDocument>> newest(SearchCriteria criteria, int count) throws IOException {
        return new ArrayList<>(client.search(s -> s.index(Indices.ARTICLES).query(matching(criteria, null)).size(count)
                        .source(src -> src.filter(f -> f.includes(ArticleDocument.TITLE, ArticleDocument.BODY, ArticleDocument.OUTLET,
                                ArticleDocument.PUBLISHED, ArticleDocument.INGESTED_AT)))
                        .sort(o -> o.field(f -> f.field(ArticleDocument.INGESTED_AT).order(SortOrder.Desc).unmappedType(
                                co.elastic.clients.elasticsearch._types.mapping.FieldType.Date))), ArticleDocument.class)
                .hits().hits());
    }

    /** The search's query and its post filter as one filter context query, plus the ingestion range when given. */
    private static Query matching(SearchCriteria criteria, Instant ingestedAfter) {
        SearchRequest search = ArticleSearch.request(criteria);
        return Query.of(q -> q.bool(b -> {
            b.filter(search.query());
            if (search.postFilter() != null) {
                b.filter(search.postFilter());
            }
            if (ingestedAfter != null) {
                b.filter(f -> f.range(r -> r.date(d -> d.field(ArticleDocument.INGESTED_AT).gt(ingestedAfter.toString()))));
            }
            return b;
        }));
    }
}
