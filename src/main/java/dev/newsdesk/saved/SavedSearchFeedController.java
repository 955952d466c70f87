package dev.newsdesk.saved;

import java.io.IOException;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Feeds of saved searches, open to anyone holding the URL: its secret token stands in for a login. */
@RestController
class SavedSearchFeedController {

    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
    private final SavedSearchStore store;
    private final SavedSearchFeed feed;

    SavedSearchFeedController(SavedSearchStore store, SavedSearchFeed feed) {
        this.store = store;
        this.feed = feed;
    }

    @GetMapping(FeedLinks.FEED_PATH + "{token}")
    ResponseEntity<String> feed(@PathVariable String token) throws IOException {
        SavedSearch saved = store.findByFeedToken(token).orElseThrow(SavedSearchProblem::notFound).search();
        return ResponseEntity.ok().contentType(ATOM).body(feed.atom(saved));
    }
}
