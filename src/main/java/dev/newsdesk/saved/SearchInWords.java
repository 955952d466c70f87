package dev.newsdesk.saved;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.newsdesk.search.Facet;
import dev.newsdesk.search.SearchCriteria;
import dev.newsdesk.search.SortOrder;
import dev.newsdesk.web.DisplayDates;

/** A saved search's filters in words, one phrase per part: the query, each selection and exclusion, the dates, the sort. */
final class SearchInWords {

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
            return "published until " + DisplayDates.day(to);
        }
        if (to == null) {
            return "published since " + DisplayDates.day(from);
        }
        return "published " + DisplayDates.day(from) + " – " + DisplayDates.day(to);
    }
}
