package dev.newsdesk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import dev.newsdesk.web.TestTemplates;

/**
 * The results template shows every name, outlet, entity, query and link as the text it is: markup and character
 * references in them are escaped by the template. The only markup that comes from the data is the {@code <mark>} of
 * highlighted titles and snippets.
 */
class SearchTemplateTest {

    private static final String HOSTILE = "<script>alert(\"x\")</script> & 'co'";
    private static final String REFERENCE = "AT&amp;T &lt;i&gt;";

    @Test
    void facetValuesWithMarkupInTheirNamesAreShownAsText() {
        SearchCriteria criteria = SearchCriteria.everything().withSelected(Facet.PERSON, HOSTILE).withExcluded(Facet.PLACE, "<u>Place</u>");
        Document page = render(results(criteria, List.of(), Map.of(
                Facet.PERSON, List.of(new FacetValue(HOSTILE, 3, null, true, false), new FacetValue("<b>Other</b>", 2, 1L, false, false)),
                Facet.PLACE, List.of(new FacetValue("<u>Place</u>", 4, null, false, true)),
                Facet.OUTLET, List.of(new FacetValue(REFERENCE, 5, null, false, false)))));

        assertThat(page.select("[data-facet=person] .facet-name").eachText()).containsExactly(HOSTILE, "<b>Other</b>");
        assertThat(page.select("[data-facet=place] .excluded-name").text()).isEqualTo("Excluded: <u>Place</u>");
        assertThat(page.select("[data-facet=outlet] .facet-name").text()).isEqualTo(REFERENCE);
        Element other = page.select("[data-facet=person] .facet-value").get(1);
        assertThat(other.select(".facet-toggle").attr("title")).isEqualTo("Add 1 results from <b>Other</b>");
        assertThat(other.select(".facet-exclude").attr("aria-label")).isEqualTo("Exclude <b>Other</b>");
        assertThat(page.select(".chip-value").eachText()).containsExactly(HOSTILE, "<u>Place</u>");
        assertThat(page.select("body script, body b, body u, body i")).isEmpty();
    }

    @Test
    void linksAndFormFieldsCarryValuesWithMarkupUnchanged() {
        SearchCriteria criteria = SearchCriteria.everything().withQuery("a&b=\"c\"").withSelected(Facet.PERSON, HOSTILE);
        SearchLinks links = new SearchLinks(criteria);
        Document page = render(results(criteria, List.of(), Map.of(Facet.PERSON, List.of(new FacetValue(HOSTILE, 3, null, true, false)))));

        assertThat(page.select("[data-facet=person] .facet-toggle").attr("href")).isEqualTo(links.toggle(Facet.PERSON, HOSTILE));
        assertThat(page.select(".chip-remove").attr("aria-label")).isEqualTo("Remove filter Person: " + HOSTILE);
        assertThat(page.select(".search-form input[type=hidden][name=person]").val()).isEqualTo(HOSTILE);
        assertThat(page.select(".date-range input[type=hidden][name=person]").val()).isEqualTo(HOSTILE);
        assertThat(page.select(".date-range input[name=q]").val()).isEqualTo("a&b=\"c\"");
    }

    @Test
    void aQueryWithMarkupIsEchoedAsText() {
        SearchCriteria criteria = SearchCriteria.everything().withQuery(HOSTILE);
        Document page = render(results(criteria, List.of(), Map.of()));

        assertThat(page.title()).isEqualTo(HOSTILE + " · Newsdesk");
        assertThat(page.select(".summary-query").text()).isEqualTo(HOSTILE);
        assertThat(page.select("#q").val()).isEqualTo(HOSTILE);
        assertThat(page.select("body script")).isEmpty();
    }

    @Test
    void hitsKeepOnlyTheHighlightsMarkAndShowEverythingElseAsText() {
        String title = HOSTILE + " " + Snippets.PRE_TAG + "word" + Snippets.POST_TAG;
        ResultHit hit = new ResultHit("a/b c", null, title, Snippets.toHtml(title), "<i>Outlet</i>", REFERENCE, LocalDate.of(2024, 3, 5),
                Snippets.toHtml("before <b>" + Snippets.PRE_TAG + "word" + Snippets.POST_TAG + "</b> after"),
                List.of("<u>Name</u>"), List.of(), List.of());
        Document page = render(results(SearchCriteria.everything(), List.of(hit), Map.of()));

        Element result = page.selectFirst(".result");
        assertThat(result.select(".result-title a").attr("href")).isEqualTo("/articles/a/b%20c");
        assertThat(result.select(".result-title").text()).isEqualTo(HOSTILE + " word");
        assertThat(result.select(".result-title mark").text()).isEqualTo("word");
        assertThat(result.select(".outlet").text()).isEqualTo("<i>Outlet</i>");
        assertThat(result.select(".agency").text()).isEqualTo("via " + REFERENCE);
        assertThat(result.select("time").attr("datetime")).isEqualTo("2024-03-05");
        assertThat(result.select(".snippet").text()).isEqualTo("before <b>word</b> after");
        assertThat(result.select(".snippet mark").text()).isEqualTo("word");
        assertThat(result.select(".entity").text()).isEqualTo("<u>Name</u>");
        assertThat(result.select(".entity").attr("title")).isEqualTo("People: filter on <u>Name</u>");
        assertThat(page.select("body script, body b, body u, body i")).isEmpty();
        assertThat(page.select("mark")).allSatisfy(mark -> assertThat(mark.closest(".result-title, .snippet")).isNotNull());
    }

    @Test
    void aSpellingCorrectionMarksItsChangedWordsAndShowsMarkupAsText() {
        SearchCriteria criteria = SearchCriteria.everything().withQuery("blinkn <b>");
        SearchResults.Suggestion suggestion = new SearchResults.Suggestion("blinken <b>",
                Snippets.parts(Snippets.PRE_TAG + "blinken" + Snippets.POST_TAG + " <b>"));
        Document page = render(new SearchResults(criteria, 0, List.of(), Map.of(), Set.of(), List.of(), "month", suggestion));

        Element correction = page.selectFirst(".did-you-mean a");
        assertThat(correction.text()).isEqualTo("blinken <b>");
        assertThat(correction.select("mark").text()).isEqualTo("blinken");
        assertThat(correction.attr("href")).isEqualTo(new SearchLinks(criteria).query("blinken <b>"));
        assertThat(page.select("body b")).isEmpty();
    }

    @Test
    void theTimelinePagerAndChoicesAreLinksWithTheirStateForAssistiveTechnology() {
        SearchCriteria criteria = SearchCriteria.everything().withQuery("word").withPage(3);
        List<DateBucket> timeline = List.of(new DateBucket(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 31), 4, false),
                new DateBucket(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29), 1, true));
        Document page = render(new SearchResults(criteria, 95, List.of(), Map.of(), Set.of(), timeline, "month", null));

        assertThat(page.select(".timeline-chart a.bar > title").eachText()).containsExactly("Jan 2024: 4 articles", "Feb 2024: 1 article");
        assertThat(page.select(".timeline-chart a.bar.is-selected > title").text()).isEqualTo("Feb 2024: 1 article");
        assertThat(page.select(".timeline-chart a.bar").eachAttr("href"))
                .containsExactly(new SearchLinks(criteria).dates(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 31)),
                        new SearchLinks(criteria).dates(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29)));
        assertThat(page.select(".timeline-chart .bar-fill").eachAttr("d")).containsExactly("M1 4h358v68h-358z", "M361 55h358v17h-358z");
        assertThat(page.select(".pagination li").eachText()).containsExactly("1", "2", "3", "4", "5", "…", "10");
        assertThat(page.select(".pagination [aria-current=page]").text()).isEqualTo("3");
        assertThat(page.select(".pagination a[rel=prev]").attr("href")).isEqualTo(new SearchLinks(criteria).page(2));
        assertThat(page.select(".segmented [aria-current=true]").eachText()).containsExactly("Relevance", "10");
    }

    @Test
    void aHitWithoutAnOutletSaysSoAndTheFormsLimitsAreTheOnesTheParametersAreCheckedAgainst() {
        ResultHit hit = new ResultHit("id", null, "Title", "Title", null, null, null, "", List.of(), List.of(), List.of());
        SearchCriteria deep = SearchCriteria.everything().withPage(SearchCriteria.MAX_RESULT_WINDOW);
        Document page = render(new SearchResults(deep, SearchCriteria.MAX_RESULT_WINDOW * 2L, List.of(hit), Map.of(), Set.of(), List.of(), "month", null));

        assertThat(page.select(".result .outlet").text()).isEqualTo("Unknown outlet");
        assertThat(page.select(".date-range input[name=from]").attr("min")).isEqualTo(SearchParameters.EARLIEST.toString());
        assertThat(page.select(".date-range input[name=to]").attr("max")).isEqualTo(SearchParameters.LATEST.toString());
        assertThat(page.select(".notice").text()).contains("Only the first " + Counts.format(SearchCriteria.MAX_RESULT_WINDOW) + " results");
    }

    private static SearchResults results(SearchCriteria criteria, List<ResultHit> hits, Map<Facet, List<FacetValue>> facets) {
        return new SearchResults(criteria, Math.max(1, hits.size()), hits, facets, Set.of(), List.of(), "month", null);
    }

    private static Document render(SearchResults results) {
        return TestTemplates.render("search", Map.of("page", SearchPage.of(results)));
    }
}
