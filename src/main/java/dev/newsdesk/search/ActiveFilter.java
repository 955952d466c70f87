package dev.newsdesk.search;

import java.util.ArrayList;
import java.util.List;

import dev.newsdesk.web.DisplayDates;

/** A chip above the results naming one active filter, with the link that removes it. */
public record ActiveFilter(String label, String value, boolean excluded, String removeUrl) {

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
            String range = criteria.from() == null ? "until " + DisplayDates.day(criteria.to())
                    : criteria.to() == null ? "since " + DisplayDates.day(criteria.from())
                    : DisplayDates.day(criteria.from()) + " – " + DisplayDates.day(criteria.to());
            filters.add(new ActiveFilter("Published", range, false, links.withoutDates()));
        }
        return filters;
    }
}
