package dev.newsdesk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The lists the result page writes in Java escape every name, link and label; only snippet markup passes. */
class HtmlTest {

    private static final String HOSTILE = "<script>alert(\"x\")</script> & 'co'";

    @Test
    void escapesTextAndAttributesAndLeavesOutNullAttributes() {
        String html = new Html().element("a", HOSTILE, "href", "/search?q=a&b=\"c\"", "title", null).toString();

        assertThat(html).isEqualTo("<a href=\"/search?q=a&amp;b=&quot;c&quot;\">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;co&#39;</a>");
    }

    @Test
    void facetValuesWithMarkupInTheirNamesAreShownAsText() {
        SearchCriteria criteria = SearchCriteria.everything().withSelected(Facet.PERSON, HOSTILE);
        FacetValue selected = new FacetValue(HOSTILE, 3, null, true, false);
        FacetValue other = new FacetValue("<b>Other</b>", 2, 1L, false, false);
        SearchResults results = new SearchResults(criteria, 3, List.of(), java.util.Map.of(Facet.PERSON, List.of(selected, other)),
                java.util.Set.of(), List.of(), "month", null);

        Html html = new Html();
        SearchPage.FacetView.of(Facet.PERSON, List.of(selected, other), results, new SearchLinks(criteria)).writeTo(html);

        assertThat(html.toString()).doesNotContain("<script>", "<b>").contains("&lt;script&gt;", "&lt;b&gt;Other&lt;/b&gt;")
                .contains("title=\"Add 1 results from &lt;b&gt;Other&lt;/b&gt;\"");
    }

    @Test
    void hitsKeepOnlyTheSnippetsMarkAndEscapeEverythingElse() {
        ResultHit hit = new ResultHit("a/b c", null, HOSTILE, Snippets.toHtml(HOSTILE), "<i>Outlet</i>", null, null,
                "before <mark>word</mark> after", List.of("<u>Name</u>"), List.of(), List.of());

        Html html = new Html();
        PageHit.of(hit, new SearchLinks(SearchCriteria.everything())).writeTo(html);

        assertThat(html.toString()).doesNotContain("<script>", "<i>", "<u>").contains("<mark>word</mark>", "href=\"/articles/a/b%20c\"",
                "&lt;i&gt;Outlet&lt;/i&gt;", "&lt;u&gt;Name&lt;/u&gt;");
    }
}
