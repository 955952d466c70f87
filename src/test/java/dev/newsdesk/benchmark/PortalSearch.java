package dev.newsdesk.benchmark;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;

/** A search endpoint of the portal ({@code /api/search} or the HTML page), asked with the portal's URL parameters. */
final class PortalSearch implements SearchTarget {

    private final String name;
    private final URI portal;
    private final String path;
    private final String accept;

    private PortalSearch(String name, URI portal, String path, String accept) {
        this.name = name;
        this.portal = portal;
        this.path = path;
        this.accept = accept;
    }

    /** The JSON API, {@code GET /api/search}. */
    static PortalSearch api(URI portal) {
        return new PortalSearch("/api/search", portal, "/api/search", "application/json");
    }

    /** The HTML result page at {@code path}. */
    static PortalSearch page(URI portal, String path) {
        return new PortalSearch("HTML page " + path, portal, path, "text/html");
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public HttpRequest request(SearchQuery query) {
        return HttpRequest.newBuilder(portal.resolve(path + "?" + query.queryString()))
                .timeout(Duration.ofSeconds(30)).header("Accept", accept).GET().build();
    }
}
