package dev.newsdesk.article;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import dev.newsdesk.elasticsearch.ArticleDocument;
import dev.newsdesk.search.Facet;
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
        ArticleDocument article = articles.find(id).document();
        model.addAttribute("article", article);
        model.addAttribute("paragraphs", MentionLinks.paragraphs(article));
        model.addAttribute("outletUrl", SearchLinks.forValue(Facet.OUTLET, article.outlet() == null ? ArticleDocument.UNKNOWN_OUTLET : article.outlet()));
        model.addAttribute("agencyUrl", article.agency() == null ? null : SearchLinks.forValue(Facet.AGENCY, article.agency()));
        model.addAttribute("entities", List.of(
                new EntityGroup(Facet.PERSON, article.people(), article.mentions()),
                new EntityGroup(Facet.ORGANIZATION, article.organizations(), article.mentions()),
                new EntityGroup(Facet.PLACE, article.places(), article.mentions())));
        model.addAttribute("sourceLink", webAddress(article.url()));
        model.addAttribute("related", articles.related(id));
        return "article";
    }

    /** The source address as a link only when it is a web address: a stored {@code javascript:} URL must not be one. */
    private static String webAddress(String url) {
        if (url == null) {
            return null;
        }
        String scheme = url.strip().toLowerCase(Locale.ROOT);
        return scheme.startsWith("http://") || scheme.startsWith("https://") ? url : null;
    }
}
