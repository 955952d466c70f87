package dev.newsdesk.search;

import java.util.List;

import dev.newsdesk.web.DisplayDates;
import dev.newsdesk.web.DisplayNames;

/**
 * A hit as the result page shows it: the hit itself (its highlighted title and snippet are escaped HTML in which only
 * {@code <mark>} is markup), the link to its article, its outlet and date as the page writes them and the entity chips under it.
 */
public record HitView(ResultHit hit, String url, String outlet, String publishedText, List<Chip> chips) {

    static final int CHIPS = 5;

    static HitView of(ResultHit hit, SearchLinks links) {
        List<Chip> chips = hit.topEntities(CHIPS).stream()
                .map(chip -> new Chip(chip.facet(), chip.value(), links.toggle(chip.facet(), chip.value()),
                        chip.facet().label() + ": filter on " + chip.value()))
                .toList();
        return new HitView(hit, SearchLinks.article(hit.id()), DisplayNames.outlet(hit.outlet()), hit.published() == null ? null : DisplayDates.day(hit.published()), chips);
    }

    /** An entity named in the article, linked to its facet filter. */
    public record Chip(Facet facet, String name, String url, String title) {
    }
}
