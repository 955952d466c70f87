package dev.newsdesk.article;

import java.io.IOException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import dev.newsdesk.search.SearchLinks;

/** The article page: clean paragraphs, metadata, entity mentions linked to their filters, related articles. */
@Controller
class ArticleController {

    private final Articles articles;

    ArticleController(Articles articles) {
        this.articles = articles;
    }

    /** The id is the rest of the path, so ids with slashes (paths of files indexed by others) work too. */
    @GetMapping("/articles/{*path}")
    String article(@PathVariable String path, Model model) throws IOException {
        String id = SearchLinks.articleId(path);
        model.addAttribute("page", ArticlePage.of(articles.find(id).document(), articles.related(id)));
        return "article";
    }
}
