package dev.newsdesk.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SearchParametersTest {

    @Test
    void readsRepeatedFacetParametersAndExclusions() {
        SearchCriteria criteria = parse("q", "ports", "outlet", "A", "outlet", "B", "not_person", "C");
        assertThat(criteria.selected(Facet.OUTLET)).containsExactly("A", "B");
        assertThat(criteria.excluded(Facet.PERSON)).containsExactly("C");
    }

    @Test
    void rejectsQueriesWithMoreWordsThanElasticsearchCanTakeOnEveryNode() {
        String mostWords = "w ".repeat(SearchParameters.MAX_QUERY_WORDS).strip();

        assertThat(parse("q", mostWords).query()).isEqualTo(mostWords);
        assertThatThrownBy(() -> parse("q", mostWords + " w")).isInstanceOf(InvalidSearchParameters.class)
                .hasMessageContaining("The query has too many words: use at most 64.");
        assertThatThrownBy(() -> parse("q", mostWords.replace(' ', '|') + "|w")).isInstanceOf(InvalidSearchParameters.class);
    }

    @Test
    void defaultsToFirstPageOfTenByRelevance() {
        SearchCriteria criteria = parse();
        assertThat(criteria.page()).isEqualTo(1);
        assertThat(criteria.size()).isEqualTo(10);
        assertThat(criteria.sort()).isEqualTo(SortOrder.RELEVANCE);
    }

    @Test
    void rejectsPagesBelowOne() {
        assertThatThrownBy(() -> parse("page", "0")).isInstanceOf(InvalidSearchParameters.class).hasMessageContaining("'page'");
        assertThatThrownBy(() -> parse("page", "two")).isInstanceOf(InvalidSearchParameters.class);
    }

    @Test
    void saysAPageNumberBeyondAnyIntegerIsTooLargeRatherThanBelowOne() {
        assertThatThrownBy(() -> parse("page", "99999999999")).isInstanceOf(InvalidSearchParameters.class)
                .hasMessageContaining("'page' is too large: only the first 10,000 results can be paged through.");
        assertThat(parse("page", "2147483647").page()).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void keepsDatesToFourDigitYears() {
        assertThatThrownBy(() -> parse("from", "-999999999-01-01")).isInstanceOf(InvalidSearchParameters.class)
                .hasMessageContaining("'from' must be a date from 0001-01-01 to 9999-12-31.");
        assertThatThrownBy(() -> parse("to", "+10000-01-01")).hasMessageContaining("'to' must be a date from 0001-01-01 to 9999-12-31.");
        assertThat(parse("from", "0001-01-01", "to", "9999-12-31").to()).isEqualTo(LocalDate.of(9999, 12, 31));
    }

    @Test
    void rejectsSizesOverOneHundred() {
        assertThat(parse("size", "100").size()).isEqualTo(100);
        assertThatThrownBy(() -> parse("size", "101")).isInstanceOf(InvalidSearchParameters.class).hasMessageContaining("1 to 100");
    }

    @Test
    void acceptsOnlyRealCalendarDates() {
        assertThat(parse("from", "2024-02-29").from()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThatThrownBy(() -> parse("from", "2023-02-29")).hasMessageContaining("YYYY-MM-DD");
        assertThatThrownBy(() -> parse("to", "15/04/2023")).hasMessageContaining("YYYY-MM-DD");
    }

    @Test
    void opensFacetsNamedByMoreAndRejectsOtherNames() {
        SearchCriteria criteria = parse("more", "person", "more", "place");
        assertThat(criteria.isExpanded(Facet.PERSON)).isTrue();
        assertThat(criteria.isExpanded(Facet.OUTLET)).isFalse();
        assertThat(SearchLinks.url(criteria.withExpanded(Facet.PLACE, false))).isEqualTo("/search?more=person");
        assertThatThrownBy(() -> parse("more", "people")).isInstanceOf(InvalidSearchParameters.class).hasMessageContaining("'more'");
    }

    @Test
    void writesBackTheSameStateWithDefaultsLeftOut() {
        SearchCriteria criteria = parse("q", "a b", "place", "Oslo", "sort", "newest", "page", "1", "size", "10");
        assertThat(SearchLinks.url(criteria)).isEqualTo("/search?q=a+b&place=Oslo&sort=newest");
    }

    @Test
    void selectingAnExcludedValueTurnsTheExclusionIntoASelection() {
        SearchCriteria criteria = parse("not_outlet", "A", "page", "3").withSelected(Facet.OUTLET, "A");
        assertThat(criteria.excluded(Facet.OUTLET)).isEmpty();
        assertThat(criteria.selected(Facet.OUTLET)).containsExactly("A");
        assertThat(criteria.page()).isEqualTo(1);
    }

    private static SearchCriteria parse(String... pairs) {
        Map<String, String[]> parameters = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            String name = pairs[i];
            String[] old = parameters.getOrDefault(name, new String[0]);
            String[] values = java.util.Arrays.copyOf(old, old.length + 1);
            values[old.length] = pairs[i + 1];
            parameters.put(name, values);
        }
        return SearchParameters.parse(parameters);
    }
}
