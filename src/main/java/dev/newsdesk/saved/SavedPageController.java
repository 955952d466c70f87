package dev.newsdesk.saved;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.Principal;

import org.springframework.stereotype.Controller;

import dev.newsdesk.accounts.Owners;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** "My saved searches": the list, and the forms that save, open, rename and delete a search or renew its feed URL. */
@Controller
class SavedPageController {

    static final String PATH = "/saved";
    /** The results page parameter naming the moment after which matching articles are marked new. */
    static final String NEW_SINCE = "new_since";
    private final SavedSearches searches;
    private final SavedProperties properties;
    private final FeedLinks links;

    SavedPageController(SavedSearches searches, SavedProperties properties, FeedLinks links) {
        this.searches = searches;
        this.properties = properties;
        this.links = links;
    }

    @GetMapping(PATH)
    String list(Principal user, Model model) throws IOException {
        var rows = searches.views(searches.list(Owners.of(user)), links::feed).stream().map(SavedListPage.Row::of).toList();
        model.addAttribute("saved", new SavedListPage(user.getName(), rows, properties.maxPerUser()));
        return "saved";
    }

    /** "Save this search" on the results page. */
    @PostMapping(PATH)
    String save(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String query, Principal user) throws IOException {
        searches.create(Owners.of(user), name, query);
        return "redirect:" + PATH;
    }

    /** Opens the search and records the visit: the results page marks what was ingested since the visit before. */
    @PostMapping(PATH + "/{id}/open")
    String open(@PathVariable String id, Principal user) throws IOException {
        SavedSearch before = searches.open(Owners.of(user), id).search();
        String url = CanonicalSearch.parse(before.query()).url();
        return "redirect:" + url + (url.contains("?") ? "&" : "?") + NEW_SINCE + "="
                + URLEncoder.encode(before.lastVisitedAt().toString(), StandardCharsets.UTF_8);
    }

    @PostMapping(PATH + "/{id}/rename")
    String rename(@PathVariable String id, @RequestParam(defaultValue = "") String name, Principal user) throws IOException {
        searches.update(Owners.of(user), id, name, null);
        return "redirect:" + PATH;
    }

    @PostMapping(PATH + "/{id}/delete")
    String delete(@PathVariable String id, Principal user) throws IOException {
        searches.delete(Owners.of(user), id);
        return "redirect:" + PATH;
    }

    @PostMapping(PATH + "/{id}/feed-token")
    String regenerateFeedToken(@PathVariable String id, Principal user) throws IOException {
        searches.regenerateFeedToken(Owners.of(user), id);
        return "redirect:" + PATH + "#saved-" + id;
    }
}
