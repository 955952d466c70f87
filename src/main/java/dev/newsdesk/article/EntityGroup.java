package dev.newsdesk.article;

import java.util.List;
import java.util.Map;

import dev.newsdesk.search.Facet;
import dev.newsdesk.search.SearchLinks;

/** The entities of one facet named in an article, most mentioned first, each linked to its filter. */
public record EntityGroup(Facet facet, List<String> names, Map<String, Integer> mentions) {

    public String url(String name) {
        return SearchLinks.forValue(facet, name);
    }

    public Integer mentionsOf(String name) {
        return mentions.get(name);
    }
}
