package dev.newsdesk.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Everything a search is made of, as the URL states it: the query text, selected and excluded facet values, the
 * date range, the sort, the page, the page size and the facets opened to show more values. Immutable; the {@code with...} methods return the state one
 * click away, always back on page 1 when the result set changes.
 */
public record SearchCriteria(
        String query,
        Map<Facet, List<String>> selected,
        Map<Facet, List<String>> excluded,
        LocalDate from,
        LocalDate to,
        SortOrder sort,
        int page,
        int size,
        Set<Facet> expanded) {

    public static final int DEFAULT_SIZE = 10;
    public static final int MAX_SIZE = 100;
    public static final List<Integer> PAGE_SIZES = List.of(10, 20, 50);
    /** Elasticsearch's index.max_result_window: no page may reach past it. */
    public static final int MAX_RESULT_WINDOW = 10_000;

    public SearchCriteria {
        query = query == null ? "" : query.strip();
        selected = copy(selected);
        excluded = copy(excluded);
        sort = sort == null ? SortOrder.RELEVANCE : sort;
        expanded = expanded == null || expanded.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(expanded));
    }

    /** The empty search: everything, most relevant (that is, newest) first. */
    public static SearchCriteria everything() {
        return new SearchCriteria("", Map.of(), Map.of(), null, null, SortOrder.RELEVANCE, 1, DEFAULT_SIZE, Set.of());
    }

    public List<String> selected(Facet facet) {
        return selected.getOrDefault(facet, List.of());
    }

    public List<String> excluded(Facet facet) {
        return excluded.getOrDefault(facet, List.of());
    }

    public boolean isSelected(Facet facet, String value) {
        return selected(facet).contains(value);
    }

    public boolean isExcluded(Facet facet, String value) {
        return excluded(facet).contains(value);
    }

    /** True when the facet shows up to {@link ArticleSearch#FACET_MORE} values instead of {@link ArticleSearch#FACET_TOP}. */
    public boolean isExpanded(Facet facet) {
        return expanded.contains(facet);
    }

    public boolean hasQuery() {
        return !query.isEmpty();
    }

    public boolean hasDateRange() {
        return from != null || to != null;
    }

    /** True when anything narrows the result set besides the query. */
    public boolean hasFilters() {
        return !selected.isEmpty() || !excluded.isEmpty() || hasDateRange();
    }

    /** Index of the first hit on this page. */
    public int offset() {
        return (page - 1) * size;
    }

    /** True when this page lies beyond what Elasticsearch will page through. */
    public boolean beyondResultWindow() {
        return (long) page * size > MAX_RESULT_WINDOW;
    }

    public SearchCriteria withQuery(String newQuery) {
        return new SearchCriteria(newQuery, selected, excluded, from, to, sort, 1, size, expanded);
    }

    public SearchCriteria withSelected(Facet facet, String value) {
        return new SearchCriteria(query, adding(selected, facet, value), removing(excluded, facet, value), from, to, sort, 1, size, expanded);
    }

    public SearchCriteria withoutSelected(Facet facet, String value) {
        return new SearchCriteria(query, removing(selected, facet, value), excluded, from, to, sort, 1, size, expanded);
    }

    public SearchCriteria withExcluded(Facet facet, String value) {
        return new SearchCriteria(query, removing(selected, facet, value), adding(excluded, facet, value), from, to, sort, 1, size, expanded);
    }

    public SearchCriteria withoutExcluded(Facet facet, String value) {
        return new SearchCriteria(query, selected, removing(excluded, facet, value), from, to, sort, 1, size, expanded);
    }

    public SearchCriteria withDates(LocalDate newFrom, LocalDate newTo) {
        return new SearchCriteria(query, selected, excluded, newFrom, newTo, sort, 1, size, expanded);
    }

    public SearchCriteria withSort(SortOrder newSort) {
        return new SearchCriteria(query, selected, excluded, from, to, newSort, 1, size, expanded);
    }

    public SearchCriteria withSize(int newSize) {
        return new SearchCriteria(query, selected, excluded, from, to, sort, 1, newSize, expanded);
    }

    public SearchCriteria withPage(int newPage) {
        return new SearchCriteria(query, selected, excluded, from, to, sort, newPage, size, expanded);
    }

    /** The same search with one facet showing more values, or fewer again. */
    public SearchCriteria withExpanded(Facet facet, boolean open) {
        EnumSet<Facet> changed = expanded.isEmpty() ? EnumSet.noneOf(Facet.class) : EnumSet.copyOf(expanded);
        if (open) {
            changed.add(facet);
        } else {
            changed.remove(facet);
        }
        return new SearchCriteria(query, selected, excluded, from, to, sort, page, size, changed);
    }

    /** The same query with every filter removed. */
    public SearchCriteria withoutFilters() {
        return new SearchCriteria(query, Map.of(), Map.of(), null, null, sort, 1, size, expanded);
    }

    /** The URL parameters that reproduce this state, defaults left out so links stay short. */
    public MultiValueMap<String, String> toParameters() {
        MultiValueMap<String, String> parameters = new LinkedMultiValueMap<>();
        if (hasQuery()) {
            parameters.add("q", query);
        }
        for (Facet facet : Facet.values()) {
            selected(facet).forEach(value -> parameters.add(facet.parameter(), value));
            excluded(facet).forEach(value -> parameters.add(facet.exclusionParameter(), value));
        }
        if (from != null) {
            parameters.add("from", from.toString());
        }
        if (to != null) {
            parameters.add("to", to.toString());
        }
        if (sort != SortOrder.RELEVANCE) {
            parameters.add("sort", sort.parameter());
        }
        if (page != 1) {
            parameters.add("page", Integer.toString(page));
        }
        if (size != DEFAULT_SIZE) {
            parameters.add("size", Integer.toString(size));
        }
        expanded.forEach(facet -> parameters.add("more", facet.parameter()));
        return parameters;
    }

    private static Map<Facet, List<String>> copy(Map<Facet, List<String>> values) {
        EnumMap<Facet, List<String>> copy = new EnumMap<>(Facet.class);
        if (values != null) {
            values.forEach((facet, list) -> {
                if (list != null && !list.isEmpty()) {
                    copy.put(facet, List.copyOf(list));
                }
            });
        }
        return Collections.unmodifiableMap(copy);
    }

    private static Map<Facet, List<String>> adding(Map<Facet, List<String>> values, Facet facet, String value) {
        EnumMap<Facet, List<String>> changed = new EnumMap<>(Facet.class);
        changed.putAll(values);
        List<String> list = new ArrayList<>(values.getOrDefault(facet, List.of()));
        if (!list.contains(value)) {
            list.add(value);
        }
        changed.put(facet, list);
        return changed;
    }

    private static Map<Facet, List<String>> removing(Map<Facet, List<String>> values, Facet facet, String value) {
        EnumMap<Facet, List<String>> changed = new EnumMap<>(Facet.class);
        changed.putAll(values);
        List<String> list = new ArrayList<>(values.getOrDefault(facet, List.of()));
        list.remove(value);
        changed.put(facet, list);
        return changed;
    }
}
