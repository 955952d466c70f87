package dev.newsdesk.saved;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.newsdesk.search.Facet;
import dev.newsdesk.search.SearchCriteria;
import dev.newsdesk.search.SortOrder;

/** A saved search's filters in words, one phrase per part: the query, each selection and exclusion, the dates, the sort. */
final class SearchInWords {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private SearchInWords() {
    }

    static List<String> of(SearchCriteria criteria) {
        List<String> parts = new ArrayList<>();
        parts.add(criteria.hasQuery() ? "“" + criteria.query() + "”" : "All articles");
        for (Facet facet : Facet.values()) {
            if (!criteria.selected(facet).isEmpty()) {
                parts.add(facet.singularLabel() + ": " + String.join(" or ", criteria.selected(facet)));
            }
            for (String value : criteria.excluded(facet)) {
                parts.add("not " + facet.singularLabel() + ": " + value);
            }
        }
        if (criteria.hasDateRange()) {
            parts.add(dates(criteria.from(), criteria.to()));
        }
        if (criteria.sort() != SortOrder.RELEVANCE) {
            parts.add("sorted " + criteria.sort().label().toLowerCase(Locale.ENGLISH));
        }
        return parts;
    }

    private static String dates(LocalDate from, LocalDate to) {
        if (from == null) {
            return "published until " + DAY.format(to);
        }
        if (to == null) {
            return "published since " + DAY.format(from);
        }
        return "published " + DAY.format(from) + " – " + DAY.format(to);
    }
}
