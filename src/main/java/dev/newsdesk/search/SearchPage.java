package dev.newsdesk.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What the results page shows, worked out in Java so that its template and fragments only lay it out. */
public record SearchPage(
        SearchCriteria criteria,
        SearchResults results,
        SearchLinks links,
        List<ActiveFilter> activeFilters,
        List<FacetView> facets,
        List<HitView> hits,
        TimelineChart timeline,
        Pager pager,
        List<Choice> sortChoices,
        List<Choice> sizeChoices,
        List<FormField> queryFormFields,
        List<FormField> dateFormFields) {

    static SearchPage of(SearchResults results) {
        SearchCriteria criteria = results.criteria();
        SearchLinks links = new SearchLinks(criteria);
        List<FacetView> facets = new ArrayList<>();
        for (Facet facet : Facet.values()) {
            List<FacetValue> values = results.facet(facet);
            if (!values.isEmpty()) {
                facets.add(FacetView.of(facet, values, results, links));
            }
        }
        List<HitView> hits = results.hits().stream().map(hit -> HitView.of(hit, links)).toList();
        List<Choice> sortChoices = Arrays.stream(SortOrder.values())
                .map(order -> new Choice(order.label(), links.sort(order), order == criteria.sort())).toList();
        List<Choice> sizeChoices = SearchCriteria.PAGE_SIZES.stream()
                .map(size -> new Choice(Integer.toString(size), links.size(size), size == criteria.size())).toList();
        return new SearchPage(criteria, results, links, ActiveFilter.of(criteria, links), facets, hits,
                TimelineChart.of(results.timeline(), results.timelineInterval(), links), Pager.of(criteria, results, links),
                sortChoices, sizeChoices, FormField.of(links.hiddenFields(true)), FormField.of(links.hiddenFields(false)));
    }

    /** How many results can be paged through, as the page writes it ("10,000"). */
    public String resultWindowText() {
        return Counts.format(SearchCriteria.MAX_RESULT_WINDOW);
    }

    /** The first and last day the date fields accept: the bounds the parameters are checked against. */
    public String earliestDate() {
        return SearchParameters.EARLIEST.toString();
    }

    public String latestDate() {
        return SearchParameters.LATEST.toString();
    }

    public String totalText() {
        return Counts.format(results.total());
    }

    public String firstShownText() {
        return Counts.format(firstShown());
    }

    public String lastShownText() {
        return Counts.format(lastShown());
    }

    public long firstShown() {
        return results.hits().isEmpty() ? 0 : criteria.offset() + 1;
    }

    public long lastShown() {
        return criteria.offset() + results.hits().size();
    }

    /** True when the requested page lies beyond the 10,000 results Elasticsearch pages through. */
    public boolean beyondResultWindow() {
        return criteria.beyondResultWindow() && results.total() > 0;
    }

    public boolean pastLastPage() {
        return !criteria.beyondResultWindow() && results.hits().isEmpty() && results.total() > 0;
    }

    public String oldestFirst() {
        return links.sort(SortOrder.OLDEST);
    }

    /**
     * A facet on the page: its selected values, then its excluded ones, then the others by count (three lists, so the
     * template has no per-value conditions); a link to list more values when there are more, and one back to fewer.
     */
    public record FacetView(Facet facet, String headingId, List<FacetEntry> selected, List<FacetEntry> excluded, List<FacetEntry> others,
                            String moreUrl, String moreLabel, String fewerUrl, String fewerLabel) {

        static FacetView of(Facet facet, List<FacetValue> values, SearchResults results, SearchLinks links) {
            List<FacetEntry> selected = new ArrayList<>();
            List<FacetEntry> excluded = new ArrayList<>();
            List<FacetEntry> others = new ArrayList<>();
            for (FacetValue value : values) {
                (value.selected() ? selected : value.excluded() ? excluded : others).add(FacetEntry.of(facet, value, links));
            }
            String headingId = "facet-" + facet.parameter();
            String name = facet.label().toLowerCase(Locale.ROOT);
            return new FacetView(facet, headingId, selected, excluded, others,
                    results.hasMore(facet) ? links.expanded(facet, true) + "#" + headingId : null, "More " + name,
                    results.criteria().isExpanded(facet) ? links.expanded(facet, false) + "#" + headingId : null, "Fewer " + name);
        }

        public boolean anySelected() {
            return !selected.isEmpty();
        }
    }

    /** One option of a segmented control (a sort order, a page size), marked when it is the current one. */
    public record Choice(String label, String url, boolean current) {
    }

    /** A hidden form field that carries part of the current search when a form is submitted. */
    public record FormField(String name, String value) {

        static List<FormField> of(List<Map.Entry<String, String>> fields) {
            return fields.stream().map(field -> new FormField(field.getKey(), field.getValue())).toList();
        }
    }

    /** The pagination: previous and next (null at either end), numbered links and gaps between distant numbers. */
    public record Pager(String previousUrl, List<PageLink> links, String nextUrl) {

        static Pager of(SearchCriteria criteria, SearchResults results, SearchLinks links) {
            int last = results.lastPage();
            List<PageLink> pages = new ArrayList<>();
            if (last > 1) {
                int previous = 0;
                for (int page = 1; page <= last; page++) {
                    boolean near = Math.abs(page - criteria.page()) <= 2;
                    if (page == 1 || page == last || near) {
                        if (page - previous > 1) {
                            pages.add(new PageLink(0, null, false, true));
                        }
                        pages.add(new PageLink(page, links.page(page), page == criteria.page(), false));
                        previous = page;
                    }
                }
            }
            return new Pager(criteria.page() > 1 ? links.page(Math.min(criteria.page() - 1, last)) : null, pages,
                    criteria.page() < last ? links.page(criteria.page() + 1) : null);
        }
    }

    /** A numbered page link, or a gap ("…") between numbers. */
    public record PageLink(int number, String url, boolean current, boolean gap) {
    }
}
