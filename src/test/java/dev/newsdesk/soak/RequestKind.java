package dev.newsdesk.soak;

/**
 * What a soak client asks for, in the report's words; each kind's latencies are judged on their own, so a kind holds
 * requests of one cost (the JSON API's searches and articles are two kinds).
 */
enum RequestKind {

    SEARCH_PAGE("search page"),
    FACET_CLICK("facet click"),
    ARTICLE_PAGE("article page"),
    SAVED_SEARCH_FEED("saved-search feed"),
    API_SEARCH("JSON API, search"),
    API_ARTICLE("JSON API, article");

    private final String label;

    RequestKind(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
