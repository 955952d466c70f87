package dev.newsdesk.search;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns request parameters into {@link SearchCriteria}, the same way for the page and the JSON API. Rejects what it
 * cannot search with by a sentence the user can act on; ignores parameters it does not know.
 */
public final class SearchParameters {

    static final int MAX_QUERY_LENGTH = 500;
    /**
     * Each word becomes a clause per searched field, and Elasticsearch refuses queries of more than 1,024 clauses on
     * small nodes: this many words stay well below that on any node.
     */
    static final int MAX_QUERY_WORDS = 64;
    static final int MAX_VALUES_PER_FACET = 50;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    /** The dates a filter may name: four-digit years, which the index's date fields and every page can write. */
    static final LocalDate EARLIEST = LocalDate.of(1, 1, 1);
    static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

    private SearchParameters() {
    }

    /** Parses a servlet-style parameter map ({@code request.getParameterMap()}). */
    public static SearchCriteria parse(Map<String, String[]> parameters) {
        String query = single(parameters, "q");
        if (query != null && query.length() > MAX_QUERY_LENGTH) {
            throw new InvalidSearchParameters("The query is too long: keep it under " + MAX_QUERY_LENGTH + " characters.");
        }
        if (query != null && QueryText.of(query).words() > MAX_QUERY_WORDS) {
            throw new InvalidSearchParameters("The query has too many words: use at most " + MAX_QUERY_WORDS + ".");
        }
        Map<Facet, List<String>> selected = new EnumMap<>(Facet.class);
        Map<Facet, List<String>> excluded = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            selected.put(facet, values(parameters, facet.parameter()));
            excluded.put(facet, values(parameters, facet.exclusionParameter()));
        }
        LocalDate from = date(parameters, "from");
        LocalDate to = date(parameters, "to");
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidSearchParameters("The date range is reversed: 'from' (" + from + ") is after 'to' (" + to + ").");
        }
        return new SearchCriteria(query, selected, excluded, from, to, sort(parameters), page(parameters), size(parameters), expanded(parameters));
    }

    /** {@code more=person}: the facets that list up to {@link ArticleSearch#FACET_MORE} values. */
    private static Set<Facet> expanded(Map<String, String[]> parameters) {
        Set<Facet> expanded = EnumSet.noneOf(Facet.class);
        for (String name : values(parameters, "more")) {
            expanded.add(Arrays.stream(Facet.values()).filter(facet -> facet.parameter().equals(name)).findFirst()
                    .orElseThrow(() -> new InvalidSearchParameters("'more' must name a facet: outlet, agency, person, organization or place.")));
        }
        return expanded;
    }

    private static List<String> values(Map<String, String[]> parameters, String name) {
        String[] raw = parameters.get(name);
        if (raw == null) {
            return List.of();
        }
        LinkedHashSet<String> values = new LinkedHashSet<>();
        for (String value : raw) {
            if (value != null && !value.isBlank()) {
                values.add(value.strip());
            }
        }
        if (values.size() > MAX_VALUES_PER_FACET) {
            throw new InvalidSearchParameters("Too many values for '" + name + "': at most " + MAX_VALUES_PER_FACET + ".");
        }
        return new ArrayList<>(values);
    }

    private static LocalDate date(Map<String, String[]> parameters, String name) {
        String value = single(parameters, name);
        if (value == null || value.isBlank()) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value.strip(), DATE);
        } catch (DateTimeParseException e) {
            throw new InvalidSearchParameters("'" + name + "' must be a date written YYYY-MM-DD, like 2023-04-15.");
        }
        if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
            throw new InvalidSearchParameters("'" + name + "' must be a date from " + EARLIEST + " to " + LATEST + ".");
        }
        return date;
    }

    private static SortOrder sort(Map<String, String[]> parameters) {
        String value = single(parameters, "sort");
        if (value == null || value.isBlank()) {
            return SortOrder.RELEVANCE;
        }
        for (SortOrder order : SortOrder.values()) {
            if (order.parameter().equals(value.strip())) {
                return order;
            }
        }
        throw new InvalidSearchParameters("'sort' must be relevance, newest or oldest.");
    }

    private static int page(Map<String, String[]> parameters) {
        Integer page = integer(parameters, "page", "'page' must be a whole number, 1 or more.", "'page' is too large: only the first "
                + String.format(Locale.ROOT, "%,d", SearchCriteria.MAX_RESULT_WINDOW) + " results can be paged through.");
        if (page == null) {
            return 1;
        }
        if (page < 1) {
            throw new InvalidSearchParameters("'page' must be a whole number, 1 or more.");
        }
        return page;
    }

    private static int size(Map<String, String[]> parameters) {
        String message = "'size' must be a whole number from 1 to " + SearchCriteria.MAX_SIZE + ".";
        Integer size = integer(parameters, "size", message, message);
        if (size == null) {
            return SearchCriteria.DEFAULT_SIZE;
        }
        if (size < 1 || size > SearchCriteria.MAX_SIZE) {
            throw new InvalidSearchParameters(message);
        }
        return size;
    }

    /** The parameter as a whole number, or null if absent; {@code wrong} if it is none, {@code tooLarge} if it is one beyond any int. */
    private static Integer integer(Map<String, String[]> parameters, String name, String wrong, String tooLarge) {
        String value = single(parameters, name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidSearchParameters(value.strip().matches("\\+?\\d+") ? tooLarge : wrong);
        }
    }

    private static String single(Map<String, String[]> parameters, String name) {
        String[] values = parameters.get(name);
        return values == null || values.length == 0 ? null : values[0];
    }
}
