package dev.newsdesk.search;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * A hit as the result page shows it: links, the line of metadata and the entity chips worked out in Java, so the
 * template only lays them out. {@code titleHtml} and {@code snippet} are escaped HTML in which only {@code <mark>} is markup.
 */
public record PageHit(
        String url,
        String titleHtml,
        String outlet,
        String agency,
        String publishedIso,
        String publishedText,
        String snippet,
        List<Chip> chips) {

    static final int CHIPS = 5;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    static PageHit of(ResultHit hit, SearchLinks links) {
        List<Chip> chips = hit.topEntities(CHIPS).stream()
                .map(chip -> new Chip(links.toggle(chip.facet(), chip.value()), "entity entity-" + chip.facet().parameter(), chip.value(),
                        chip.facet().label() + ": filter on " + chip.value()))
                .toList();
        return new PageHit(SearchLinks.article(hit.id()), hit.titleHtml(), hit.outlet() == null ? "Unknown outlet" : hit.outlet(),
                hit.agency() == null ? null : "via " + hit.agency(),
                hit.published() == null ? null : hit.published().toString(),
                hit.published() == null ? null : DAY.format(hit.published()),
                hit.snippet(), chips);
    }

    /** One result: title linked to the article, outlet, agency and date, the snippet, the entity chips. */
    void writeTo(Html html) {
        html.open("li", "class", "result")
                .open("h2", "class", "result-title").open("a", "href", url).trusted(titleHtml).close("a").close("h2")
                .open("p", "class", "result-meta").element("span", outlet, "class", "outlet");
        if (agency != null) {
            html.element("span", "·", "class", "sep", "aria-hidden", "true").element("span", agency, "class", "agency");
        }
        if (publishedIso != null) {
            html.element("span", "·", "class", "sep", "aria-hidden", "true").element("time", publishedText, "datetime", publishedIso);
        }
        html.close("p").open("p", "class", "snippet").trusted(snippet).close("p");
        if (!chips.isEmpty()) {
            html.open("ul", "class", "entity-chips", "aria-label", "Named in this article");
            for (Chip chip : chips) {
                html.open("li").element("a", chip.text(), "href", chip.url(), "class", chip.cssClass(), "title", chip.title()).close("li");
            }
            html.close("ul");
        }
        html.close("li");
    }

    /** An entity named in the article, linked to its facet filter. */
    public record Chip(String url, String cssClass, String text, String title) {
    }
}
