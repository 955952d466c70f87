package dev.newsdesk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import dev.newsdesk.NewsdeskTest;

@NewsdeskTest
class SearchPageTest {

    @Autowired
    ElasticsearchClient client;
    @LocalServerPort
    int port;
    PortalHttp http;

    @BeforeEach
    void setUp() {
        TestArticles.ensureIndexed(client);
        http = new PortalHttp(port);
    }

    @Test
    void showsHitsWithLinksHighlightsAndTotal() {
        String page = http.get("/search?q=karuizawa").body();
        assertThat(page).contains("href=\"/articles/fixture-story-4\"").contains("<mark>Karuizawa</mark>")
                .contains("data-total>1</span>");
    }

    @Test
    void echoesAScriptInTheQueryAsText() {
        String page = http.get("/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E").body();
        assertThat(page).doesNotContain("<script>alert(1)").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void escapesMarkupFromArticleText() {
        String page = http.get("/search?q=" + TestArticles.MARKUP_WORD).body();
        assertThat(page).doesNotContain("<script>alert").doesNotContain("<b>rare</b>").contains("&lt;b&gt;rare&lt;/b&gt;");
    }

    @Test
    void facetLinksCarryTheWholeStateInTheUrl() {
        String page = http.get("/search?q=blinken&sort=newest&outlet=VOA").body();
        assertThat(page).contains("href=\"/search?q=blinken&amp;outlet=VOA&amp;outlet=Aaj+News&amp;sort=newest\"")
                .contains("href=\"/search?q=blinken&amp;sort=newest\"");
    }

    @Test
    void aFacetWithMoreThanTenValuesOpensAndClosesThroughTheUrl() {
        String closed = http.get("/search?q=" + TestArticles.SPREAD_WORD).body();
        String open = http.get("/search?q=" + TestArticles.SPREAD_WORD + "&more=person").body();

        assertThat(closed).contains("<a class=\"facet-more\" href=\"/search?q=" + TestArticles.SPREAD_WORD + "&amp;more=person#facet-person\">More people</a>")
                .doesNotContain("Fewer people");
        assertThat(open).contains("<a class=\"facet-more\" href=\"/search?q=" + TestArticles.SPREAD_WORD + "#facet-person\">Fewer people</a>")
                .doesNotContain("More people");
        assertThat(TestArticles.PEOPLE.stream().filter(name -> facetSection(closed, "person").contains(">" + name + "<")))
                .hasSize(ArticleSearch.FACET_TOP);
        assertThat(TestArticles.PEOPLE).allSatisfy(name -> assertThat(facetSection(open, "person")).contains(">" + name + "<"));
    }

    @Test
    void sendsSecurityHeaders() {
        HttpResponse<String> response = http.get("/search?q=blinken");
        String policy = response.headers().firstValue("Content-Security-Policy").orElse("");
        assertThat(policy).contains("script-src 'self'").contains("frame-ancestors 'none'").doesNotContain("unsafe-inline");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    }

    @Test
    void loadsNothingFromOtherSites() {
        String page = http.get("/search?q=blinken").body();
        assertThat(page).doesNotContainPattern("(src|href)=\"(https?:)?//");
        assertThat(http.get("/css/newsdesk.css").statusCode()).isEqualTo(200);
        assertThat(http.get("/js/suggest.js").statusCode()).isEqualTo(200);
    }

    @Test
    void invalidParametersGiveAReadable400Page() {
        HttpResponse<String> response = http.get("/search?q=blinken&size=500");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("That search cannot be run").contains("&#39;size&#39; must be a whole number from 1 to 100.");
    }

    @Test
    void deepPagesExplainTheLimitInsteadOfFailing() {
        HttpResponse<String> response = http.get("/search?q=" + TestArticles.SPREAD_WORD + "&page=1001&size=10");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Only the first 10,000 results can be paged through");
    }

    @Test
    void offersASpellingCorrection() {
        String page = http.get("/search?q=blinkn").body();
        assertThat(page).contains("Did you mean").contains("href=\"/search?q=blinken\"");
    }

    @Test
    void drawsTheTimelineAsLinkedSvgBars() {
        String page = http.get("/search?q=" + TestArticles.SPREAD_WORD).body();
        assertThat(page).contains("<svg class=\"timeline-chart\"").containsPattern("<a href=\"/search\\?q=" + TestArticles.SPREAD_WORD
                + "&amp;from=\\d{4}-\\d\\d-\\d\\d&amp;to=\\d{4}-\\d\\d-\\d\\d\" class=\"bar");
    }

    @Test
    void articlePageShowsParagraphsMetadataLinkedMentionsAndRelatedArticles() {
        String page = http.get("/articles/fixture-story-4").body();
        assertThat(page).contains("<h1>Blinken to Visit Vietnam to Boost Bilateral Ties</h1>")
                .contains("href=\"https://news.example.org/fixture-story-4\"")
                .contains("href=\"/search?person=Daniel+Kritenbrink\" class=\"mention mention-person\"")
                .contains("href=\"/search?place=Karuizawa\"")
                .containsPattern("<h2 id=\"related-title\">Related articles</h2>\\s*<ol>\\s*<li>\\s*<a href=\"/articles/fixture-story-");
        assertThat(page.split("<p>").length - 1).isGreaterThanOrEqualTo(3);
    }

    @Test
    void anArticleWhoseIdIsAFilePathIsLinkedAndFound() {
        String results = http.get("/search?q=" + TestArticles.PATH_ID_WORD).body();
        assertThat(results).contains("href=\"/articles/fixture-dir/story%20one.txt\"");

        assertThat(http.get("/articles/fixture-dir/story%20one.txt").body()).contains("Rangers put up signs");
        assertThat(http.json("/api/articles/fixture-dir/story%20one.txt").get("title").asString()).contains(TestArticles.PATH_ID_WORD);
    }

    @Test
    void unknownArticleGivesA404Page() {
        HttpResponse<String> response = http.get("/articles/no-such-article");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Article not found");
    }

    @Test
    void unknownAddressGivesA404Page() {
        HttpResponse<String> response = http.getPage("/no/such/page");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Page not found");
    }

    private static String facetSection(String page, String facet) {
        String start = page.substring(page.indexOf("data-facet=\"" + facet + "\""));
        return start.substring(0, start.indexOf("</section>"));
    }
}
