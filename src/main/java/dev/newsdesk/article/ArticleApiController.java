package dev.newsdesk.article;

import java.io.IOException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import dev.newsdesk.search.SearchLinks;

/** {@code GET /api/articles/{id}}: the full article JSON, body included. */
@RestController
class ArticleApiController {

    private final Articles articles;

    ArticleApiController(Articles articles) {
        this.articles = articles;
    }

    /** The id is the rest of the path, so ids with slashes (paths of files indexed by others) work too. */
    @GetMapping("/api/articles/{*path}")
    StoredArticle article(@PathVariable String path) throws IOException {
        return articles.find(SearchLinks.articleId(path));
    }
}
