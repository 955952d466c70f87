package dev.newsdesk.search;

/**
 * One value of a facet as the page lists it, every text and link worked out: a value shown with a toggle link
 * (which selects or, once selected, removes it) and an exclude link; an excluded value with the link that undoes it.
 */
public record FacetEntry(
        String name,
        String toggleUrl,
        String toggleTitle,
        String countText,
        String excludeUrl,
        String excludeLabel,
        String undoUrl,
        String undoLabel) {

    static FacetEntry of(Facet facet, FacetValue value, SearchLinks links) {
        String name = value.value();
        if (value.excluded()) {
            return new FacetEntry(name, null, null, null, null, null, links.unexclude(facet, name), "Stop excluding " + name);
        }
        String title = value.selected() ? "Remove " + name
                : value.added() != null ? "Add " + Counts.format(value.added()) + " results from " + name
                : "Show only " + name;
        String count = value.added() != null ? "+" + Counts.format(value.added()) : Counts.format(value.count());
        return new FacetEntry(name, links.toggle(facet, name), title, count,
                value.selected() ? null : links.exclude(facet, name), "Exclude " + name, null, null);
    }
}
