package dev.newsdesk.benchmark;

import java.net.http.HttpRequest;

/** Something that answers the benchmark's searches over HTTP: raw {@code _search}, the JSON API, the HTML page. */
interface SearchTarget {

    /** The name in the report's tables. */
    String name();

    /** The HTTP request that asks this target for {@code query}. */
    HttpRequest request(SearchQuery query);
}
