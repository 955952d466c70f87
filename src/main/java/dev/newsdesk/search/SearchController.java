package dev.newsdesk.search;

import java.io.IOException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import jakarta.servlet.http.HttpServletRequest;

/** The results page: the whole state comes from the URL, so every view can be bookmarked and shared. */
@Controller
class SearchController {

    private final ArticleSearch search;

    SearchController(ArticleSearch search) {
        this.search = search;
    }

    @GetMapping({"/", SearchLinks.PATH})
    String search(HttpServletRequest request, Model model) throws IOException {
        SearchCriteria criteria = SearchParameters.parse(request.getParameterMap());
        model.addAttribute("page", SearchPage.of(search.search(criteria)));
        return "search";
    }
}
