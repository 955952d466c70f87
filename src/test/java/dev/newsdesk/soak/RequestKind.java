package dev.newsdesk.soak;

/** What a soak client asks for, in the report's words; each kind's latencies are judged on their own. */
enum RequestKind {

    SEARCH_PAGE("search page"),
    FACET_CLICK("facet click"),
    ARTICLE_PAGE("article page"),
    SAVED_QUERY_FEED("saved-query feed"),
    JSON_API("JSON API");

    private final String label;

    RequestKind(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
