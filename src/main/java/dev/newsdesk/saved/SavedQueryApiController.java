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

/** The JSON API of saved queries for logged-in users; each sees only their own. */
@RestController
class SavedQueryApiController {

    static final String PATH = "/api/saved-queries";
    private final SavedQueries queries;
    private final FeedLinks links;

    SavedQueryApiController(SavedQueries queries, FeedLinks links) {
        this.queries = queries;
        this.links = links;
    }

    @PostMapping(PATH)
    ResponseEntity<SavedQueryView> create(@RequestBody Change request, Principal user) throws IOException {
        SavedQuery.Stored created = queries.create(Owners.of(user), request.name(), request.query());
        return ResponseEntity.created(URI.create(PATH + "/" + created.id())).body(queries.view(created, links.feed(created.query())));
    }

    @GetMapping(PATH)
    List<SavedQueryView> list(Principal user) throws IOException {
        return queries.views(queries.list(Owners.of(user)), links::feed);
    }

    @GetMapping(PATH + "/{id}")
    SavedQueryView get(@PathVariable String id, Principal user) throws IOException {
        SavedQuery.Stored query = queries.get(Owners.of(user), id);
        return queries.view(query, links.feed(query.query()));
    }

    /** Renames it, changes its search, or both: a field left out stays as it is. */
    @PutMapping(PATH + "/{id}")
    SavedQueryView update(@PathVariable String id, @RequestBody Change request, Principal user) throws IOException {
        SavedQuery.Stored query = queries.update(Owners.of(user), id, request.name(), request.query());
        return queries.view(query, links.feed(query.query()));
    }

    @DeleteMapping(PATH + "/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable String id, Principal user) throws IOException {
        queries.delete(Owners.of(user), id);
    }

    /** A new feed URL; the old one answers 404 from now on. */
    @PostMapping(PATH + "/{id}/feed-token")
    SavedQueryView regenerateFeedToken(@PathVariable String id, Principal user) throws IOException {
        SavedQuery.Stored query = queries.regenerateFeedToken(Owners.of(user), id);
        return queries.view(query, links.feed(query.query()));
    }

    record Change(String name, String query) {
    }
}
