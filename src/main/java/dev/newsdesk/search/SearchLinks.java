package dev.newsdesk.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriUtils;

/** The URL of every state one click away from the current search; the page's links all come from here. */
public final class SearchLinks {

    public static final String PATH = "/search";
    private final SearchCriteria criteria;
    /** Encoded parameter values: the query and the filters recur in every one of a page's links. */
    private final Map<String, String> encoded = new HashMap<>();

    public SearchLinks(SearchCriteria criteria) {
        this.criteria = criteria;
    }

    /** A link to the results for one facet value, e.g. from an article page. */
    public static String forValue(Facet facet, String value) {
        return url(SearchCriteria.everything().withSelected(facet, value));
    }

    /** The page of one article, {@code /articles/<id>}; slashes in the id stay slashes, everything else is encoded. */
    public static String article(String id) {
        return "/articles/" + UriUtils.encodePath(id, StandardCharsets.UTF_8);
    }

    /** The id in the rest of an article path captured by {@code {*path}}, which starts with a slash. */
    public static String articleId(String capturedPath) {
        return capturedPath.startsWith("/") ? capturedPath.substring(1) : capturedPath;
    }

    public static String url(SearchCriteria target) {
        return PATH + queryString(target.toParameters(), SearchLinks::encode);
    }

    /** Like {@link #url}, reusing this page's encodings. */
    private String link(SearchCriteria target) {
        return PATH + queryString(target.toParameters(), value -> encoded.computeIfAbsent(value, SearchLinks::encode));
    }

    public String toggle(Facet facet, String value) {
        return link(criteria.isSelected(facet, value) ? criteria.withoutSelected(facet, value) : criteria.withSelected(facet, value));
    }

    public String exclude(Facet facet, String value) {
        return link(criteria.withExcluded(facet, value));
    }

    public String unexclude(Facet facet, String value) {
        return link(criteria.withoutExcluded(facet, value));
    }

    public String sort(SortOrder order) {
        return link(criteria.withSort(order));
    }

    public String size(int size) {
        return link(criteria.withSize(size));
    }

    public String page(int page) {
        return link(criteria.withPage(page));
    }

    /** The same page with {@code facet} listing more values ({@code open}) or fewer again. */
    public String expanded(Facet facet, boolean open) {
        return link(criteria.withExpanded(facet, open));
    }

    public String dates(LocalDate from, LocalDate to) {
        return link(criteria.withDates(from, to));
    }

    public String withoutDates() {
        return link(criteria.withDates(null, null));
    }

    public String withoutFilters() {
        return link(criteria.withoutFilters());
    }

    public String query(String query) {
        return link(criteria.withQuery(query));
    }

    /** Hidden form fields that carry the filters, sort and size when the query box or date form is submitted. */
    public List<Map.Entry<String, String>> hiddenFields(boolean includeDates) {
        SearchCriteria kept = includeDates ? criteria.withQuery("") : criteria.withQuery("").withDates(null, null);
        return kept.withPage(1).toParameters().entrySet().stream()
                .flatMap(entry -> entry.getValue().stream().map(value -> Map.entry(entry.getKey(), value)))
                .toList();
    }

    private static String queryString(MultiValueMap<String, String> parameters, UnaryOperator<String> encoder) {
        StringBuilder query = new StringBuilder(128);
        parameters.forEach((name, values) -> values.forEach(value -> query
                .append(query.isEmpty() ? '?' : '&')
                .append(name)
                .append('=')
                .append(encoder.apply(value))));
        return query.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
