package dev.newsdesk.saved;

import org.springframework.stereotype.Component;

import dev.newsdesk.web.PublicUrls;

/** Absolute URLs for feeds and feed entries, through {@link PublicUrls}: on {@code newsdesk.public-url} when it is set. */
@Component
class FeedLinks {

    static final String FEED_PATH = "/feeds/saved/";
    private final PublicUrls urls;

    FeedLinks(PublicUrls urls) {
        this.urls = urls;
    }

    String feed(SavedSearch saved) {
        return absolute(FEED_PATH + saved.feedToken());
    }

    String absolute(String path) {
        return urls.absolute(path);
    }
}
