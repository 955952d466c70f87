package dev.newsdesk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import dev.newsdesk.NewsdeskTest;
import dev.newsdesk.security.PortalClient;

@NewsdeskTest
class SearchPageTest {

    @Autowired
    ElasticsearchClient client;
    @LocalServerPort
    int port;
    PortalClient http;

    @BeforeEach
    void setUp() {
        TestArticles.ensureIndexed(client);
        http = new PortalClient(port);
    }

    @Test
    void showsHitsWithLinksHighlightsAndTotal() {
        Document page = page("/search?q=karuizawa");
        assertThat(page.select(".result-title a[href=/articles/fixture-story-4]")).hasSize(1);
        assertThat(page.select(".result mark").eachText()).contains("Karuizawa");
        assertThat(page.select("[data-total]").text()).isEqualTo("1");
    }

    @Test
    void echoesAScriptInTheQueryAsText() {
        HttpResponse<String> response = http.get("/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E");
        Document page = Jsoup.parse(response.body());
        assertThat(response.body()).doesNotContain("<script>alert(1)");
        assertThat(page.select("script").eachAttr("src")).allSatisfy(src -> assertThat(src).startsWith("/js/"));
        assertThat(page.select(".summary-query").text()).isEqualTo("<script>alert(1)</script>");
    }

    @Test
    void escapesMarkupFromArticleText() {
        HttpResponse<String> response = http.get("/search?q=" + TestArticles.MARKUP_WORD);
        Document page = Jsoup.parse(response.body());
        assertThat(response.body()).doesNotContain("<script>alert").doesNotContain("<b>rare</b>");
        assertThat(page.select(".results b, .results script")).isEmpty();
        assertThat(page.select(".result-title").text()).contains("<b>rare</b>");
    }

    @Test
    void facetLinksCarryTheWholeStateInTheUrl() {
        Document page = page("/search?q=blinken&sort=newest&outlet=VOA");
        assertThat(page.select("[data-facet=outlet] .facet-toggle").eachAttr("href"))
                .contains("/search?q=blinken&outlet=VOA&outlet=Aaj+News&sort=newest", "/search?q=blinken&sort=newest");
    }

    @Test
    void aFacetWithMoreThanTenValuesOpensAndClosesThroughTheUrl() {
        Document closed = page("/search?q=" + TestArticles.SPREAD_WORD);
        Document open = page("/search?q=" + TestArticles.SPREAD_WORD + "&more=person");

        assertThat(closed.select("[data-facet=person] a.facet-more")).singleElement().satisfies(link -> {
            assertThat(link.text()).isEqualTo("More people");
            assertThat(link.attr("href")).isEqualTo("/search?q=" + TestArticles.SPREAD_WORD + "&more=person#facet-person");
        });
        assertThat(open.select("[data-facet=person] a.facet-more")).singleElement().satisfies(link -> {
            assertThat(link.text()).isEqualTo("Fewer people");
            assertThat(link.attr("href")).isEqualTo("/search?q=" + TestArticles.SPREAD_WORD + "#facet-person");
        });
        assertThat(closed.select("[data-facet=person] .facet-name").eachText()).hasSize(ArticleSearch.FACET_TOP)
                .isSubsetOf(TestArticles.PEOPLE);
        assertThat(open.select("[data-facet=person] .facet-name").eachText()).containsAll(TestArticles.PEOPLE);
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
        assertThat(Jsoup.parse(response.body()).text()).contains("That search cannot be run").contains("'size' must be a whole number from 1 to 100.");
    }

    @Test
    void deepPagesExplainTheLimitInsteadOfFailing() {
        HttpResponse<String> response = http.get("/search?q=" + TestArticles.SPREAD_WORD + "&page=1001&size=10");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Only the first 10,000 results can be paged through");
    }

    @Test
    void offersASpellingCorrection() {
        Document page = page("/search?q=blinkn");
        assertThat(page.select(".did-you-mean").text()).startsWith("Did you mean");
        assertThat(page.select(".did-you-mean a").attr("href")).isEqualTo("/search?q=blinken");
    }

    @Test
    void drawsTheTimelineAsLinkedSvgBars() {
        Document page = page("/search?q=" + TestArticles.SPREAD_WORD);
        assertThat(page.select("svg.timeline-chart a.bar").eachAttr("href")).isNotEmpty().allSatisfy(href -> assertThat(href)
                .matches("/search\\?q=" + TestArticles.SPREAD_WORD + "&from=\\d{4}-\\d\\d-\\d\\d&to=\\d{4}-\\d\\d-\\d\\d"));
    }

    @Test
    void resultsWithoutADateDrawNoTimeline() {
        Document page = page("/search?q=" + TestArticles.UNDATED_WORD);

        assertThat(page.select(".result")).hasSize(1);
        assertThat(page.select(".result time")).isEmpty();
        assertThat(page.select(".timeline")).as("no bar for a date no hit has, such as 1970-01-01").isEmpty();
    }

    @Test
    void articlePageShowsParagraphsMetadataLinkedMentionsAndRelatedArticles() {
        Document page = page("/articles/fixture-story-4");
        assertThat(page.select("h1").text()).isEqualTo("Blinken to Visit Vietnam to Boost Bilateral Ties");
        assertThat(page.select("time[datetime=2023-04-13]").text()).as("as the results page writes dates").isEqualTo("13 Apr 2023");
        assertThat(page.select(".related-meta time").eachText()).isNotEmpty().allSatisfy(date -> assertThat(date).matches("\\d{1,2} [A-Z][a-z]{2} \\d{4}"));
        assertThat(page.select("a[href=https://news.example.org/fixture-story-4]")).isNotEmpty();
        assertThat(page.select("a.mention.mention-person[href=/search?person=Daniel+Kritenbrink]")).isNotEmpty();
        assertThat(page.select("a[href=/search?place=Karuizawa]")).isNotEmpty();
        assertThat(page.select("#related-title + ol > li:first-child > a").attr("href")).startsWith("/articles/fixture-story-");
        assertThat(page.select(".article-body p").size()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void anArticleWhoseIdIsAFilePathIsLinkedAndFound() {
        Document results = page("/search?q=" + TestArticles.PATH_ID_WORD);
        assertThat(results.select(".result-title a").attr("href")).isEqualTo("/articles/fixture-dir/story%20one.txt");

        assertThat(http.get("/articles/fixture-dir/story%20one.txt").body()).contains("Rangers put up signs");
        assertThat(PortalClient.json(http.get("/api/articles/fixture-dir/story%20one.txt")).get("title").asString()).contains(TestArticles.PATH_ID_WORD);
    }

    @Test
    void unknownArticleGivesA404Page() {
        HttpResponse<String> response = http.get("/articles/no-such-article");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Article not found");
    }

    @Test
    void unknownAddressGivesA404Page() {
        HttpResponse<String> response = http.page("/no/such/page");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Page not found");
    }

    private Document page(String pathAndQuery) {
        return Jsoup.parse(http.get(pathAndQuery).body());
    }
}
