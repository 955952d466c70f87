package dev.newsdesk.sources;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The sources as JSON, for scripts (HTTP Basic or a token, as every admin endpoint). */
@RestController
@ConditionalOnWebApplication
class SourcesApiController {

    static final String PATH = "/admin/sources";
    private final Sources sources;

    SourcesApiController(Sources sources) {
        this.sources = sources;
    }

    @PostMapping(path = PATH, consumes = "application/json")
    ResponseEntity<SourceView> add(@RequestBody NewSource request) throws IOException {
        SourceView added = sources.add(request);
        return ResponseEntity.created(URI.create(PATH + "/" + added.id())).body(added);
    }

    @GetMapping(path = PATH, produces = "application/json")
    List<SourceView> list() throws IOException {
        return sources.list();
    }

    @GetMapping(path = PATH + "/{id}", produces = "application/json")
    SourceView get(@PathVariable String id) throws IOException {
        return sources.get(id);
    }

    @DeleteMapping(PATH + "/{id}")
    ResponseEntity<Void> remove(@PathVariable String id) throws IOException {
        sources.remove(id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping(path = PATH + "/{id}/pause", produces = "application/json")
    SourceView pause(@PathVariable String id) throws IOException {
        return sources.pause(id);
    }

    @PostMapping(path = PATH + "/{id}/resume", produces = "application/json")
    SourceView resume(@PathVariable String id) throws IOException {
        return sources.resume(id);
    }

    @PostMapping(path = PATH + "/{id}/fetch", produces = "application/json")
    SourceView fetchNow(@PathVariable String id) throws IOException {
        return sources.fetchNow(id);
    }
}
