package dev.newsdesk.search;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A chip above the results naming one active filter, with the link that removes it. */
public record ActiveFilter(String label, String value, boolean excluded, String removeUrl) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    static List<ActiveFilter> of(SearchCriteria criteria, SearchLinks links) {
        List<ActiveFilter> filters = new ArrayList<>();
        for (Facet facet : Facet.values()) {
            for (String value : criteria.selected(facet)) {
                filters.add(new ActiveFilter(facet.singularLabel(), value, false, links.toggle(facet, value)));
            }
            for (String value : criteria.excluded(facet)) {
                filters.add(new ActiveFilter(facet.singularLabel(), value, true, links.unexclude(facet, value)));
            }
        }
        if (criteria.hasDateRange()) {
            String range = criteria.from() == null ? "until " + DAY.format(criteria.to())
                    : criteria.to() == null ? "since " + DAY.format(criteria.from())
                    : DAY.format(criteria.from()) + " – " + DAY.format(criteria.to());
            filters.add(new ActiveFilter("Published", range, false, links.withoutDates()));
        }
        return filters;
    }
}
