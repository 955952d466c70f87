package dev.newsdesk.search;

import java.util.ArrayList;
import java.util.List;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import dev.newsdesk.elasticsearch.ArticleDocument;

/**
 * The filters of a search as Elasticsearch queries. Values within a facet combine with OR, facets with AND.
 * {@link #allExcept(Facet)} leaves out one facet's selections so its counts stay disjunctive; its exclusions stay,
 * because they still apply after a click on one of its values.
 */
final class FacetFilters {

    private final SearchCriteria criteria;

    FacetFilters(SearchCriteria criteria) {
        this.criteria = criteria;
    }

    /** Every filter: the post_filter that narrows hits. */
    Query all() {
        return build(null, true);
    }

    /** Every filter but the selections of one facet. */
    Query allExcept(Facet facet) {
        return build(facet, true);
    }

    /** Every filter but the date range: what the timeline counts. */
    Query allButDates() {
        return build(null, false);
    }

    /** {@link #allExcept(Facet)} minus the documents the facet's selections already bring: what one more value adds. */
    Query addedBy(Facet facet) {
        Query others = allExcept(facet);
        return Query.of(q -> q.bool(b -> b.filter(others).mustNot(terms(facet, criteria.selected(facet)))));
    }

    private Query build(Facet withoutSelectionsOf, boolean withDates) {
        List<Query> filters = new ArrayList<>();
        List<Query> exclusions = new ArrayList<>();
        for (Facet facet : Facet.values()) {
            if (facet != withoutSelectionsOf && !criteria.selected(facet).isEmpty()) {
                filters.add(terms(facet, criteria.selected(facet)));
            }
            if (!criteria.excluded(facet).isEmpty()) {
                exclusions.add(terms(facet, criteria.excluded(facet)));
            }
        }
        if (withDates && criteria.hasDateRange()) {
            filters.add(Query.of(q -> q.range(r -> r.date(d -> {
                d.field(ArticleDocument.PUBLISHED).format("yyyy-MM-dd");
                if (criteria.from() != null) {
                    d.gte(criteria.from().toString());
                }
                if (criteria.to() != null) {
                    d.lte(criteria.to().toString());
                }
                return d;
            }))));
        }
        if (filters.isEmpty() && exclusions.isEmpty()) {
            return Query.of(q -> q.matchAll(m -> m));
        }
        return Query.of(q -> q.bool(b -> b.filter(filters).mustNot(exclusions)));
    }

    private static Query terms(Facet facet, List<String> values) {
        List<FieldValue> fieldValues = values.stream().map(FieldValue::of).toList();
        return Query.of(q -> q.terms(t -> t.field(facet.field()).terms(v -> v.value(fieldValues))));
    }
}
