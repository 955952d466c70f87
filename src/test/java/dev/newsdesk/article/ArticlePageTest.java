package dev.newsdesk.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import dev.newsdesk.elasticsearch.ArticleDocument;
import dev.newsdesk.search.Facet;
import dev.newsdesk.search.SearchLinks;
import dev.newsdesk.web.TestTemplates;

/** The article page writes what its view record worked out: the same words for what is missing, the results page's dates. */
class ArticlePageTest {

    private static final LocalDate MARCH_5 = LocalDate.of(2024, 3, 5);

    @Test
    void anArticleWithoutTitleOrOutletIsUntitledFromAnUnknownOutlet() {
        Document page = render(article(null, null, MARCH_5, "javascript:alert(1)"), List.of());

        assertThat(page.select("h1").text()).isEqualTo("(untitled)");
        assertThat(page.title()).isEqualTo("(untitled) · Newsdesk");
        assertThat(page.select(".kicker .outlet").text()).isEqualTo("Unknown outlet");
        assertThat(page.select(".kicker .outlet").attr("href")).isEqualTo(SearchLinks.forValue(Facet.OUTLET, ArticleDocument.UNKNOWN_OUTLET));
        assertThat(page.select(".source-link")).as("a javascript: address is not a link").isEmpty();
        assertThat(page.select(".related .muted").text()).isEqualTo("No closely related articles.");
    }

    @Test
    void datesAreWrittenAsTheResultsPageWritesThem() {
        StoredArticle related = new StoredArticle("other/id", article(null, null, MARCH_5, null));
        Document page = render(article("Talks", "The Outlet", MARCH_5, "https://example.org/a"), List.of(related));

        assertThat(page.select(".article-meta time").text()).isEqualTo("5 Mar 2024");
        assertThat(page.select(".article-meta time").attr("datetime")).isEqualTo("2024-03-05");
        assertThat(page.select(".related li a").text()).isEqualTo("(untitled)");
        assertThat(page.select(".related li a").attr("href")).isEqualTo(SearchLinks.article("other/id"));
        assertThat(page.select(".related-meta").text()).isEqualTo("Unknown outlet · 5 Mar 2024");
        assertThat(page.select(".source-link").attr("href")).isEqualTo("https://example.org/a");
    }

    private static Document render(ArticleDocument article, List<StoredArticle> related) {
        return TestTemplates.render("article", Map.of("page", ArticlePage.of(article, related)));
    }

    private static ArticleDocument article(String title, String outlet, LocalDate published, String url) {
        return new ArticleDocument(title, "First paragraph.\n\nSecond.", outlet, null, published, null, List.of(), List.of(), List.of(),
                null, null, url, null, null, null, null, null);
    }
}
