package dev.newsdesk.soak;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import dev.newsdesk.search.Facet;
import dev.newsdesk.search.SearchLinks;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a client takes from the last results it saw for its next clicks: the results pages one facet click away, and
 * the pages of the articles listed.
 */
record ResultLinks(List<String> facetPaths, List<String> articlePaths) {

    static final ResultLinks NONE = new ResultLinks(List.of(), List.of());
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** From the HTML results page: its facet values' links and its hits' links, as a browser follows them. */
    static ResultLinks ofPage(String html) {
        Document page = Jsoup.parse(html);
        return new ResultLinks(page.select("a.facet-toggle").eachAttr("href"), page.select(".result-title a").eachAttr("href"));
    }

    /**
     * From an {@code /api/search} answer to {@code queryString}: each hit's page, and the results page of the same
     * search with one more facet value that the answer offers (as a script adds a parameter it was given).
     */
    static ResultLinks ofApi(String json, String queryString) {
        JsonNode answer = JSON.readTree(json);
        List<String> articles = new ArrayList<>();
        for (JsonNode hit : answer.path("hits")) {
            articles.add(SearchLinks.article(hit.path("id").asString()));
        }
        List<String> facets = new ArrayList<>();
        for (Facet facet : Facet.values()) {
            for (JsonNode value : answer.path("facets").path(facet.parameter())) {
                if (!value.path("selected").asBoolean()) {
                    facets.add(SearchLinks.PATH + "?" + queryString + "&" + facet.parameter() + "="
                            + URLEncoder.encode(value.path("value").asString(), StandardCharsets.UTF_8));
                }
            }
        }
        return new ResultLinks(List.copyOf(facets), List.copyOf(articles));
    }
}
