package dev.newsdesk.search;

/**
 * One value of a facet as the page lists it, every text and link worked out: a selectable value has a toggle link
 * and an exclude link; an excluded one has only the link that undoes the exclusion.
 */
public record FacetEntry(
        String name,
        String cssClass,
        boolean selected,
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
            return new FacetEntry(name, "facet-value is-excluded", false, null, null, null, null, null,
                    links.unexclude(facet, name), "Stop excluding " + name);
        }
        String title = value.selected() ? "Remove " + name
                : value.added() != null ? "Add " + Counts.format(value.added()) + " results from " + name
                : "Show only " + name;
        String count = value.added() != null ? "+" + Counts.format(value.added()) : Counts.format(value.count());
        return new FacetEntry(name, value.selected() ? "facet-value is-selected" : "facet-value", value.selected(),
                links.toggle(facet, name), title, count,
                value.selected() ? null : links.exclude(facet, name), "Exclude " + name, null, null);
    }
}
