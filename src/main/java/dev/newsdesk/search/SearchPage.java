package dev.newsdesk.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** What the results page shows, worked out in Java so the template only lays it out. */
public record SearchPage(
        SearchCriteria criteria,
        SearchResults results,
        SearchLinks links,
        List<ActiveFilter> activeFilters,
        List<FacetView> facets,
        List<PageHit> hits,
        TimelineChart timeline,
        List<PageLink> pages) {

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
        List<PageHit> hits = results.hits().stream().map(hit -> PageHit.of(hit, links)).toList();
        return new SearchPage(criteria, results, links, ActiveFilter.of(criteria, links), facets, hits,
                TimelineChart.of(results.timeline(), results.timelineInterval(), links), pages(criteria, results, links));
    }

    /** The result list's items. */
    public String hitsHtml() {
        Html html = new Html();
        for (PageHit hit : hits) {
            hit.writeTo(html);
        }
        return html.toString();
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

    /** The sort orders' items, each linked, the current one marked. */
    public String sortChoicesHtml() {
        return choicesHtml(Arrays.stream(SortOrder.values())
                .map(order -> new Choice(order.label(), links.sort(order), order == criteria.sort())).toList());
    }

    /** The page sizes' items, each linked, the current one marked. */
    public String sizeChoicesHtml() {
        return choicesHtml(SearchCriteria.PAGE_SIZES.stream()
                .map(size -> new Choice(Integer.toString(size), links.size(size), size == criteria.size())).toList());
    }

    private static String choicesHtml(List<Choice> choices) {
        Html html = new Html();
        for (Choice choice : choices) {
            html.open("li").element("a", choice.label(), "href", choice.url(), "aria-current", choice.current() ? "true" : null).close("li");
        }
        return html.toString();
    }

    /**
     * Hidden form fields that carry the filters, sort and size (and the dates, if {@code includeDates}) when the
     * query box or the date form is submitted.
     */
    public String hiddenFieldsHtml(boolean includeDates) {
        Html html = new Html();
        for (var field : links.hiddenFields(includeDates)) {
            html.open("input", "type", "hidden", "name", field.getKey(), "value", field.getValue());
        }
        return html.toString();
    }

    public String oldestFirst() {
        return links.sort(SortOrder.OLDEST);
    }

    public String previousPage() {
        return criteria.page() > 1 ? links.page(Math.min(criteria.page() - 1, results.lastPage())) : null;
    }

    public String nextPage() {
        return criteria.page() < results.lastPage() ? links.page(criteria.page() + 1) : null;
    }

    /** The pagination's items: numbered links, the current one marked, and gaps between distant numbers. */
    public String pagesHtml() {
        Html html = new Html();
        for (PageLink page : pages) {
            html.open("li");
            if (page.gap()) {
                html.element("span", "…", "class", "page-gap", "aria-hidden", "true");
            } else {
                String number = Integer.toString(page.number());
                html.element("a", number, "href", page.url(), "aria-current", page.current() ? "page" : null, "aria-label", "Page " + number);
            }
            html.close("li");
        }
        return html.toString();
    }

    /** The facets' sections, each with its heading, its values, and its "more" or "fewer" link. */
    public String facetsHtml() {
        Html html = new Html();
        for (FacetView view : facets) {
            view.writeTo(html);
        }
        return html.toString();
    }

    private static List<PageLink> pages(SearchCriteria criteria, SearchResults results, SearchLinks links) {
        int last = results.lastPage();
        List<PageLink> pages = new ArrayList<>();
        if (last <= 1) {
            return pages;
        }
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
        return pages;
    }

    /**
     * A facet on the page: its selected values, then its excluded ones, then the others by count (three lists, so the
     * template has no per-value conditions); a link to list more values when there are more, and one back to fewer.
     */
    public record FacetView(Facet facet, List<FacetEntry> selected, List<FacetEntry> excluded, List<FacetEntry> others,
                            String moreUrl, String moreLabel, String fewerUrl, String fewerLabel) {

        static FacetView of(Facet facet, List<FacetValue> values, SearchResults results, SearchLinks links) {
            List<FacetEntry> selected = new ArrayList<>();
            List<FacetEntry> excluded = new ArrayList<>();
            List<FacetEntry> others = new ArrayList<>();
            for (FacetValue value : values) {
                (value.selected() ? selected : value.excluded() ? excluded : others).add(FacetEntry.of(facet, value, links));
            }
            String anchor = "#facet-" + facet.parameter();
            String name = facet.label().toLowerCase(Locale.ROOT);
            return new FacetView(facet, selected, excluded, others,
                    results.hasMore(facet) ? links.expanded(facet, true) + anchor : null, "More " + name,
                    results.criteria().isExpanded(facet) ? links.expanded(facet, false) + anchor : null, "Fewer " + name);
        }

        public boolean anySelected() {
            return !selected.isEmpty();
        }

        /** The facet's section: heading, a hint when values are ticked, the values, then "more" or "fewer". */
        void writeTo(Html html) {
            String heading = "facet-" + facet.parameter();
            html.open("section", "class", "facet", "aria-labelledby", heading, "data-facet", facet.parameter())
                    .element("h3", facet.label(), "id", heading);
            if (anySelected()) {
                html.open("p", "class", "facet-hint").text("Any of the ticked values; ")
                        .element("span", "+n", "class", "added-sign").text(" is what another adds.").close("p");
            }
            html.open("ul", "class", "facet-values");
            writeItems(html);
            html.close("ul");
            if (moreUrl != null) {
                html.element("a", moreLabel, "class", "facet-more", "href", moreUrl);
            }
            if (fewerUrl != null) {
                html.element("a", fewerLabel, "class", "facet-more", "href", fewerUrl);
            }
            html.close("section");
        }

        /** The facet's list items: selected values, excluded values, then the others. */
        private void writeItems(Html html) {
            for (FacetEntry entry : selected) {
                html.open("li", "class", "facet-value is-selected")
                        .open("a", "class", "facet-toggle", "href", entry.toggleUrl(), "title", entry.toggleTitle())
                        .open("span", "class", "check", "aria-hidden", "true").close("span")
                        .element("span", "Selected: ", "class", "visually-hidden")
                        .element("span", entry.name(), "class", "facet-name")
                        .element("span", entry.countText(), "class", "facet-count", "data-count", "")
                        .close("a").close("li");
            }
            for (FacetEntry entry : excluded) {
                html.open("li", "class", "facet-value is-excluded")
                        .open("span", "class", "facet-name excluded-name").element("span", "Excluded: ", "class", "visually-hidden")
                        .element("span", entry.name()).close("span")
                        .element("a", "Undo", "class", "facet-undo", "href", entry.undoUrl(), "aria-label", entry.undoLabel())
                        .close("li");
            }
            for (FacetEntry entry : others) {
                html.open("li", "class", "facet-value")
                        .open("a", "class", "facet-toggle", "href", entry.toggleUrl(), "title", entry.toggleTitle())
                        .open("span", "class", "check", "aria-hidden", "true").close("span")
                        .element("span", entry.name(), "class", "facet-name")
                        .element("span", entry.countText(), "class", "facet-count", "data-count", "")
                        .close("a")
                        .element("a", "", "class", "facet-exclude", "href", entry.excludeUrl(), "title", entry.excludeLabel(),
                                "aria-label", entry.excludeLabel())
                        .close("li");
            }
        }
    }

    /** One option of a segmented control, marked when it is the current one. */
    record Choice(String label, String url, boolean current) {
    }

    /** A numbered page link, or a gap ("…") between numbers. */
    public record PageLink(int number, String url, boolean current, boolean gap) {
    }
}
