package dev.newsdesk.reindex;

import java.io.IOException;
import java.net.URI;
import java.security.Principal;
import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.newsdesk.elasticsearch.IndexVersions;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The reindex as JSON, for scripts (HTTP Basic, no CSRF token needed) and the admin page's progress script: start,
 * follow, cancel, roll back, and the index versions behind the alias.
 */
@RestController
@RequestMapping("/admin")
@ConditionalOnWebApplication
class ReindexApiController {

    private static final String HOW_TO_START = "Send JSON {\"source\": \"index\"} or {\"source\": \"files\"} with Content-Type: application/json.";

    private final ReindexJobs jobs;
    private final IndexVersions versions;
    private final JsonMapper json = JsonMapper.builder().build();
    private final Clock clock = Clock.systemUTC();

    ReindexApiController(ReindexJobs jobs, IndexVersions versions) {
        this.jobs = jobs;
        this.versions = versions;
    }

    @PostMapping("/reindex")
    ResponseEntity<StartedJob> start(@RequestBody(required = false) String body, Principal admin) throws IOException {
        ReindexJob job = jobs.start(sourceOf(body), admin.getName());
        return ResponseEntity.accepted().location(URI.create("/admin/reindex/" + job.id()))
                .body(new StartedJob(job.id(), job.state(), job.source()));
    }

    @GetMapping("/reindex/{id}")
    JobStatus status(@PathVariable String id) throws IOException {
        return JobStatus.of(jobs.find(id).orElseThrow(() -> new JobNotFound(id)), clock.instant());
    }

    @PostMapping("/reindex/{id}/cancel")
    JobStatus cancel(@PathVariable String id) throws IOException, InterruptedException {
        return JobStatus.of(jobs.cancel(id), clock.instant());
    }

    @PostMapping("/reindex/rollback")
    ReindexJobs.Rollback rollback() throws IOException {
        return jobs.rollback();
    }

    @GetMapping("/indices")
    IndicesStatus indices() throws IOException {
        return IndicesStatus.of(jobs.alias(), versions.list(jobs.alias()));
    }

    /** What {@code POST /admin/reindex} answers: the new job's id, state and source. */
    record StartedJob(String id, ReindexJob.State state, ReindexJob.Origin source) {
    }

    private ReindexJob.Origin sourceOf(String body) {
        if (body == null || body.isBlank()) {
            throw new BadReindexRequest("The request has no body. " + HOW_TO_START);
        }
        JsonNode request;
        try {
            request = json.readTree(body);
        } catch (JacksonException e) {
            throw new BadReindexRequest("The body is not valid JSON. " + HOW_TO_START);
        }
        JsonNode source = request.path("source");
        if (!source.isString()) {
            throw new BadReindexRequest("The body names no source. " + HOW_TO_START);
        }
        ReindexJob.Origin named = ReindexJob.Origin.named(source.asString());
        if (named == null) {
            throw new BadReindexRequest("Unknown source \"" + source.asString() + "\": use \"index\" or \"files\".");
        }
        return named;
    }
}
