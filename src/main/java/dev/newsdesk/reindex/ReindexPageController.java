package dev.newsdesk.reindex;

import java.io.IOException;
import java.security.Principal;
import java.time.Clock;
import java.util.Locale;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import dev.newsdesk.elasticsearch.IndexVersions;

/**
 * The admin page at {@code /admin}, and its forms: they post to the API's addresses as forms (with the CSRF token),
 * and come back to the page with a notice saying what happened.
 */
@Controller
@ConditionalOnWebApplication
class ReindexPageController {

    /** How often the page reloads itself without JavaScript while a job runs. */
    static final int REFRESH_SECONDS = 5;
    private static final int RECENT_JOBS = 10;

    private final ReindexJobs jobs;
    private final IndexVersions versions;
    private final ElasticsearchClient client;
    private final Clock clock = Clock.systemUTC();

    ReindexPageController(ReindexJobs jobs, IndexVersions versions, ElasticsearchClient client) {
        this.jobs = jobs;
        this.versions = versions;
        this.client = client;
    }

    @GetMapping("/admin")
    String page(Model model) throws IOException {
        // Set by the forms below as a flash attribute, never from the request.
        Object notice = model.getAttribute("notice");
        ReindexJob running = jobs.running().orElse(null);
        String alias = jobs.alias();
        ReindexPage page = ReindexPage.of(alias, running, versions.list(alias), versions.previous(alias).orElse(null),
                client.cluster().health(), jobs.recent(RECENT_JOBS), notice instanceof String text ? text : null, clock.instant());
        model.addAttribute("page", page);
        if (running != null) {
            model.addAttribute("refreshSeconds", REFRESH_SECONDS);
        }
        return "admin";
    }

    @PostMapping(path = "/admin/reindex", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    String start(@RequestParam(required = false) String source, Principal admin, RedirectAttributes redirect) throws IOException {
        ReindexJob.Origin named = ReindexJob.Origin.named(source);
        if (named == null) {
            throw new BadReindexRequest("Choose where to reindex from: source=index or source=files. (A script may send JSON"
                    + " {\"source\": \"index\"} with Content-Type: application/json instead.)");
        }
        try {
            ReindexJob job = jobs.start(named, admin.getName());
            redirect.addFlashAttribute("notice", "Reindex job %s started: %s into %s.".formatted(job.id(),
                    ReindexPage.sourceLabel(named).toLowerCase(Locale.ROOT), job.target()));
        } catch (ReindexConflict e) {
            redirect.addFlashAttribute("notice", e.message());
        }
        return "redirect:/admin";
    }

    @PostMapping(path = "/admin/reindex/{id}/cancel", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    String cancel(@PathVariable String id, RedirectAttributes redirect) throws IOException, InterruptedException {
        try {
            ReindexJob job = jobs.cancel(id);
            redirect.addFlashAttribute("notice", job.running() ? "Job " + id + " is stopping." : "Job " + id + " " + job.state().parameter() + ".");
        } catch (ReindexConflict e) {
            redirect.addFlashAttribute("notice", e.message());
        }
        return "redirect:/admin";
    }

    @PostMapping(path = "/admin/reindex/rollback", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    String rollback(RedirectAttributes redirect) throws IOException {
        try {
            ReindexJobs.Rollback rollback = jobs.rollback();
            redirect.addFlashAttribute("notice", "Rolled back: %s now points to %s (was %s).".formatted(rollback.alias(), rollback.target(), rollback.previous()));
        } catch (ReindexConflict e) {
            redirect.addFlashAttribute("notice", e.message());
        }
        return "redirect:/admin";
    }
}
