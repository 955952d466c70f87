package dev.newsdesk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import dev.newsdesk.NewsdeskTest;
import dev.newsdesk.security.PortalClient;
import tools.jackson.databind.JsonNode;

@NewsdeskTest
class SearchApiTest {

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
    void searchAnswersWithTotalHitsAndFacetsUnderTheDocumentedNames() {
        JsonNode answer = PortalClient.json(http.get("/api/search?q=karuizawa"));
        assertThat(names(answer)).containsExactlyInAnyOrder("total", "hits", "facets");
        assertThat(answer.get("total").asLong()).isEqualTo(1);
        JsonNode hit = answer.get("hits").get(0);
        assertThat(names(hit)).containsExactlyInAnyOrder("id", "source", "title", "titleHtml", "outlet", "agency", "published", "snippet",
                "people", "organizations", "places");
        assertThat(hit.get("id").asString()).isEqualTo("fixture-story-4");
        assertThat(hit.get("published").asString()).isEqualTo("2023-04-13");
        assertThat(hit.get("snippet").asString()).contains("<mark>Karuizawa</mark>");
        assertThat(names(answer.get("facets"))).containsExactly("outlet", "agency", "person", "organization", "place", "collection", "published");
        assertThat(names(answer.get("facets").get("person").get(0))).containsExactly("value", "count", "selected");
    }

    @Test
    void aFacetListsItsTopTenByCountAndUpToFiftyWhenOpened() {
        JsonNode closed = PortalClient.json(http.get("/api/search?q=" + TestArticles.SPREAD_WORD)).get("facets").get("person");
        JsonNode open = PortalClient.json(http.get("/api/search?q=" + TestArticles.SPREAD_WORD + "&more=person")).get("facets").get("person");

        assertThat(closed).hasSize(ArticleSearch.FACET_TOP);
        assertThat(open).hasSize(TestArticles.PEOPLE.size());
        for (int i = 0; i < closed.size(); i++) {
            assertThat(open.get(i)).isEqualTo(closed.get(i));
        }
        List<Long> counts = new ArrayList<>();
        open.forEach(value -> counts.add(value.get("count").asLong()));
        assertThat(counts).isSortedAccordingTo((a, b) -> Long.compare(b, a));
    }

    @Test
    void everyFacetValueCountEqualsTheTotalAfterSelectingIt() {
        String base = "/api/search?q=" + TestArticles.SPREAD_WORD + "&organization=Rail+Union";
        JsonNode facets = PortalClient.json(http.get(base)).get("facets");
        int checked = 0;
        for (String facet : List.of("outlet", "agency", "person", "place")) {
            for (JsonNode value : facets.get(facet)) {
                String url = base + "&" + facet + "=" + URLEncoder.encode(value.get("value").asString(), StandardCharsets.UTF_8);
                assertThat(PortalClient.json(http.get(url)).get("total").asLong()).as(url).isEqualTo(value.get("count").asLong());
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(20);
    }

    @Test
    void selectedValuesAreFlagged() {
        JsonNode outlets = PortalClient.json(http.get("/api/search?q=blinken&outlet=VOA")).get("facets").get("outlet");
        JsonNode voa = find(outlets, "VOA");
        assertThat(voa.get("selected").asBoolean()).isTrue();
        assertThat(find(outlets, "Aaj News").get("selected").asBoolean()).isFalse();
    }

    @Test
    void sizeUpToOneHundredIsAccepted() {
        JsonNode answer = PortalClient.json(http.get("/api/search?q=" + TestArticles.SPREAD_WORD + "&size=100"));
        assertThat(answer.get("hits")).hasSize(100);
    }

    @Test
    void invalidParametersAreA400WithAReadableMessage() {
        assertBadRequest("/api/search?page=-1", "page");
        assertBadRequest("/api/search?size=101", "size");
        assertBadRequest("/api/search?from=2023-13-01", "YYYY-MM-DD");
        assertBadRequest("/api/search?sort=random", "sort");
        assertBadRequest("/api/search?from=2023-05-01&to=2023-04-01", "reversed");
    }

    @Test
    void articleAnswersWithTheFullArticleJson() {
        JsonNode article = PortalClient.json(http.get("/api/articles/fixture-story-2"));
        assertThat(names(article)).contains("id", "source", "url", "title", "outlet", "agency", "published", "body", "people",
                "organizations", "places", "ingested_at");
        assertThat(article.get("outlet").asString()).isEqualTo("South China Morning Post");
        assertThat(article.get("body").asString()).contains("auspicious time");
    }

    @Test
    void unknownArticleIsA404() {
        HttpResponse<String> response = http.get("/api/articles/no-such-article");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(PortalClient.json(response).get("message").asString()).contains("no-such-article");
    }

    @Test
    void prefixSuggestionsOfferEntityNamesAndTitles() {
        JsonNode suggestions = PortalClient.json(http.get("/api/suggest?q=kritenb"));
        assertThat(suggestions.get("entities").get(0).get("value").asString()).isEqualTo("Daniel Kritenbrink");
        assertThat(suggestions.get("entities").get(0).get("url").asString()).isEqualTo("/search?person=Daniel+Kritenbrink");
        assertThat(PortalClient.json(http.get("/api/suggest?q=Blinken+arr")).get("titles").get(0).get("id").asString()).isEqualTo("fixture-story-5");
    }

    private void assertBadRequest(String url, String mentioned) {
        HttpResponse<String> response = http.get(url);
        assertThat(response.statusCode()).as(url).isEqualTo(400);
        assertThat(PortalClient.json(response).get("message").asString()).as(url).contains(mentioned);
    }

    private static JsonNode find(JsonNode values, String value) {
        for (JsonNode node : values) {
            if (node.get("value").asString().equals(value)) {
                return node;
            }
        }
        throw new AssertionError(value + " not among " + values);
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.propertyNames().forEach(names::add);
        return names;
    }
}
