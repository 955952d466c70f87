package dev.newsdesk.sources;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admins' sources page: the sources with their charts and flags, a form to add one, pause / resume / fetch now /
 * remove buttons, and an OPML import. Its forms post to the API's paths as form data (the API takes JSON).
 */
@Controller
@ConditionalOnWebApplication
class SourcesPageController {

    /** Every form answers with the list again (post, redirect, get), which shows what the form changed. */
    private static final String BACK_TO_THE_LIST = "redirect:" + SourcesApiController.PATH;

    private static final String FORM = MediaType.APPLICATION_FORM_URLENCODED_VALUE;
    private static final String IMPORTED = "imported";
    private final Sources sources;
    private final SourcesProperties properties;

    SourcesPageController(Sources sources, SourcesProperties properties) {
        this.sources = sources;
        this.properties = properties;
    }

    @GetMapping(path = SourcesApiController.PATH, produces = MediaType.TEXT_HTML_VALUE)
    String page(Model model) throws IOException {
        List<SourceView> all = sources.list();
        List<ActivityChart> charts = sources.charts(all);
        ImportReport imported = (ImportReport) model.getAttribute(IMPORTED);
        model.addAttribute("sources", SourcesPage.of(all, charts, properties.defaultIntervalMinutes(), imported));
        return "sources";
    }

    @PostMapping(path = SourcesApiController.PATH, consumes = FORM)
    String add(@RequestParam(defaultValue = "") String url, @RequestParam(defaultValue = "") String outlet,
            @RequestParam(defaultValue = "") String labels, @RequestParam(required = false) Integer intervalMinutes) throws IOException {
        sources.add(new NewSource(url, outlet, labels(labels), intervalMinutes));
        return BACK_TO_THE_LIST;
    }

    @PostMapping(path = SourcesApiController.PATH + "/{id}/pause", consumes = FORM)
    String pause(@PathVariable String id) throws IOException {
        sources.pause(id);
        return BACK_TO_THE_LIST;
    }

    @PostMapping(path = SourcesApiController.PATH + "/{id}/resume", consumes = FORM)
    String resume(@PathVariable String id) throws IOException {
        sources.resume(id);
        return BACK_TO_THE_LIST;
    }

    @PostMapping(path = SourcesApiController.PATH + "/{id}/fetch", consumes = FORM)
    String fetchNow(@PathVariable String id) throws IOException {
        sources.fetchNow(id);
        return BACK_TO_THE_LIST;
    }

    @PostMapping(path = SourcesApiController.PATH + "/{id}/delete", consumes = FORM)
    String remove(@PathVariable String id) throws IOException {
        sources.remove(id);
        return BACK_TO_THE_LIST;
    }

    @PostMapping(path = SourcesApiController.PATH + "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    String importOpml(@RequestParam("file") MultipartFile file, RedirectAttributes redirect) throws IOException {
        redirect.addFlashAttribute(IMPORTED, sources.importOpml(file.getBytes()));
        return BACK_TO_THE_LIST;
    }

    /** "Vietnamese press, wires" → two labels. */
    static List<String> labels(String text) {
        return Arrays.stream(text.split(",")).map(String::strip).filter(label -> !label.isEmpty()).toList();
    }
}
