package dev.newsdesk.saved;

import java.io.IOException;
import java.net.URI;
import java.security.Principal;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import dev.newsdesk.accounts.Owners;

/** The JSON API of saved searches for logged-in users; each sees only their own. */
@RestController
class SavedSearchApiController {

    static final String PATH = "/api/saved-queries";
    private final SavedSearches searches;
    private final FeedLinks links;

    SavedSearchApiController(SavedSearches searches, FeedLinks links) {
        this.searches = searches;
        this.links = links;
    }

    @PostMapping(PATH)
    ResponseEntity<SavedSearchView> create(@RequestBody Change request, Principal user) throws IOException {
        SavedSearch.Stored created = searches.create(Owners.of(user), request.name(), request.query());
        return ResponseEntity.created(URI.create(PATH + "/" + created.id())).body(searches.view(created, links.feed(created.search())));
    }

    @GetMapping(PATH)
    List<SavedSearchView> list(Principal user) throws IOException {
        return searches.views(searches.list(Owners.of(user)), links::feed);
    }

    @GetMapping(PATH + "/{id}")
    SavedSearchView get(@PathVariable String id, Principal user) throws IOException {
        SavedSearch.Stored saved = searches.get(Owners.of(user), id);
        return searches.view(saved, links.feed(saved.search()));
    }

    /** Renames it, changes its search, or both: a field left out stays as it is. */
    @PutMapping(PATH + "/{id}")
    SavedSearchView update(@PathVariable String id, @RequestBody Change request, Principal user) throws IOException {
        SavedSearch.Stored saved = searches.update(Owners.of(user), id, request.name(), request.query());
        return searches.view(saved, links.feed(saved.search()));
    }

    @DeleteMapping(PATH + "/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable String id, Principal user) throws IOException {
        searches.delete(Owners.of(user), id);
    }

    /** A new feed URL; the old one answers 404 from now on. */
    @PostMapping(PATH + "/{id}/feed-token")
    SavedSearchView regenerateFeedToken(@PathVariable String id, Principal user) throws IOException {
        SavedSearch.Stored saved = searches.regenerateFeedToken(Owners.of(user), id);
        return searches.view(saved, links.feed(saved.search()));
    }

    record Change(String name, String query) {
    }
}
