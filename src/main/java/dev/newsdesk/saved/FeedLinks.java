package dev.newsdesk.saved;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Absolute URLs for feeds and feed entries, from the request being served (so they work behind any host name). */
final class FeedLinks {

    static final String FEED_PATH = "/feeds/saved/";

    private FeedLinks() {
    }

    static String feed(SavedQuery query) {
        return absolute(FEED_PATH + query.feedToken());
    }

    static String absolute(String path) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path(path).build().toUriString();
    }
}
