package dev.newsdesk.soak;

import java.util.List;
import java.util.SplittableRandom;

import dev.newsdesk.benchmark.SearchQuery;
import dev.newsdesk.search.SearchLinks;

/**
 * How soak clients choose their next request: a search page 30 % of the time (the benchmark's query mix, with varied
 * sorts, pages and sizes), a facet click on the last results 20 %, an article from them 20 %, a saved search's Atom
 * feed 10 %, and the JSON API 20 % (half of it a search, half an article from the last results). A click that needs
 * results the client has not seen yet becomes a search.
 */
final class RequestMix {

    private static final int SEARCH_PAGE = 30;
    private static final int FACET_CLICK = SEARCH_PAGE + 20;
    private static final int ARTICLE_PAGE = FACET_CLICK + 20;
    private static final int FEED = ARTICLE_PAGE + 10;

    private final List<SearchQuery> queries;
    private final List<String> feedPaths;

    RequestMix(List<SearchQuery> queries, List<String> feedPaths) {
        if (queries.isEmpty()) {
            throw new IllegalArgumentException("the mix needs at least one query");
        }
        this.queries = List.copyOf(queries);
        this.feedPaths = List.copyOf(feedPaths);
    }

    PlannedRequest next(SplittableRandom random, ResultLinks seen) {
        int draw = random.nextInt(100);
        if (draw >= SEARCH_PAGE && draw < FACET_CLICK && !seen.facetPaths().isEmpty()) {
            return PlannedRequest.page(RequestKind.FACET_CLICK, any(random, seen.facetPaths()));
        }
        if (draw >= FACET_CLICK && draw < ARTICLE_PAGE && !seen.articlePaths().isEmpty()) {
            return PlannedRequest.page(RequestKind.ARTICLE_PAGE, any(random, seen.articlePaths()));
        }
        if (draw >= ARTICLE_PAGE && draw < FEED && !feedPaths.isEmpty()) {
            return PlannedRequest.feed(any(random, feedPaths));
        }
        if (draw >= FEED) {
            return random.nextBoolean() && !seen.articlePaths().isEmpty()
                    ? PlannedRequest.json(RequestKind.API_ARTICLE, "/api" + any(random, seen.articlePaths()))
                    : PlannedRequest.json(RequestKind.API_SEARCH, "/api/search?" + any(random, queries).queryString());
        }
        return PlannedRequest.page(RequestKind.SEARCH_PAGE, SearchLinks.PATH + "?" + searchPage(random));
    }

    /** A query of the mix, now and then sorted oldest first, on a later page or with more hits a page. */
    private String searchPage(SplittableRandom random) {
        SearchQuery query = any(random, queries);
        StringBuilder parameters = new StringBuilder(query.queryString());
        if (!query.newestFirst() && random.nextInt(6) == 0) {
            parameters.append("&sort=oldest");
        }
        if (random.nextInt(4) == 0) {
            parameters.append("&page=").append(2 + random.nextInt(2));
        }
        if (random.nextInt(10) == 0) {
            parameters.append("&size=20");
        }
        return parameters.toString();
    }

    private static <T> T any(SplittableRandom random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
