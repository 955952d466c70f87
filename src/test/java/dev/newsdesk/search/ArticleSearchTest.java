package dev.newsdesk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import dev.newsdesk.NewsdeskTest;

@NewsdeskTest
class ArticleSearchTest {

    @Autowired
    ElasticsearchClient client;
    @Autowired
    ArticleSearch search;

    @BeforeEach
    void indexFixtures() {
        TestArticles.ensureIndexed(client);
    }

    @Test
    void findsOtherFormsOfAWordThroughStemming() throws IOException {
        assertThat(ids(search("visits"))).contains("fixture-story-4");
        assertThat(ids(search("upgraded"))).contains("fixture-story-1", "fixture-story-3");
    }

    @Test
    void quotedPhraseMatchesOnlyTheWordsInThatOrder() throws IOException {
        List<String> ids = ids(search("\"boost ties\""));
        assertThat(ids).contains("fixture-story-1").doesNotContain("fixture-story-4");
    }

    @Test
    void allWordsMustMatchByDefault() throws IOException {
        assertThat(ids(search("blinken karuizawa"))).containsExactly("fixture-story-4");
    }

    @Test
    void orWidensTheSearch() throws IOException {
        assertThat(ids(search("karuizawa OR auspicious"))).containsExactlyInAnyOrder("fixture-story-2", "fixture-story-4");
    }

    @Test
    void minusExcludesAWord() throws IOException {
        List<String> ids = ids(search("blinken -japan"));
        assertThat(ids).contains("fixture-story-1").doesNotContain("fixture-story-4");
    }

    @Test
    void anOldTitleMatchOutranksANewPassingMention() throws IOException {
        assertThat(ids(search("quarrystone tariffs"))).containsExactly("fixture-rank-old-title", "fixture-rank-new-body");
    }

    @Test
    void recencyDecidesBetweenEquallyGoodMatches() throws IOException {
        assertThat(ids(search("ferrowind"))).containsExactly("fixture-rank-twin-new", "fixture-rank-twin-old");
    }

    @Test
    void wordsCloseTogetherRankAboveWordsFarApart() throws IOException {
        assertThat(ids(search("glintwater moorbay"))).containsExactly("fixture-rank-near", "fixture-rank-far");
    }

    @Test
    void everyFacetCountEqualsTheHitsAfterSelectingIt() throws IOException {
        SearchCriteria base = criteria(TestArticles.SPREAD_WORD);
        assertCountsMatchHits(base);
    }

    @Test
    void facetCountsStayTrueWithAnotherFacetSelectedAndAValueExcluded() throws IOException {
        SearchCriteria base = criteria(TestArticles.SPREAD_WORD)
                .withSelected(Facet.PLACE, "Lisbon")
                .withExcluded(Facet.PERSON, "Mara Lindqvist");
        assertCountsMatchHits(base);
    }

    @Test
    void addedCountTellsHowManyResultsASecondValueBrings() throws IOException {
        SearchCriteria oneOutlet = criteria(TestArticles.SPREAD_WORD).withSelected(Facet.PERSON, "Kenji Mori");
        SearchResults results = search.search(oneOutlet);
        FacetValue other = results.facet(Facet.PERSON).stream().filter(v -> !v.selected()).findFirst().orElseThrow();
        long after = search.search(oneOutlet.withSelected(Facet.PERSON, other.value())).total();
        assertThat(other.added()).isEqualTo(after - results.total());
    }

    @Test
    void selectingTwoValuesOfOneFacetCombinesThemWithOr() throws IOException {
        SearchCriteria base = criteria(TestArticles.SPREAD_WORD);
        long first = search.search(base.withSelected(Facet.OUTLET, "Delta Times")).total();
        long second = search.search(base.withSelected(Facet.OUTLET, "Valley Voice")).total();
        long both = search.search(base.withSelected(Facet.OUTLET, "Delta Times").withSelected(Facet.OUTLET, "Valley Voice")).total();
        assertThat(both).isEqualTo(first + second);
    }

    @Test
    void selectionsInDifferentFacetsCombineWithAnd() throws IOException {
        SearchResults results = search.search(criteria(TestArticles.SPREAD_WORD).withSelected(Facet.OUTLET, "Delta Times")
                .withSelected(Facet.PLACE, "Oslo").withSize(100));
        assertThat(results.hits()).isNotEmpty().allSatisfy(hit -> {
            assertThat(hit.outlet()).isEqualTo("Delta Times");
            assertThat(hit.places()).contains("Oslo");
        });
    }

    @Test
    void excludingAValueRemovesItsArticles() throws IOException {
        SearchResults results = search.search(criteria(TestArticles.SPREAD_WORD).withExcluded(Facet.PERSON, "Kenji Mori").withSize(100));
        assertThat(results.total()).isLessThan(TestArticles.GENERATED);
        assertThat(results.hits()).noneMatch(hit -> hit.people().contains("Kenji Mori"));
    }

    @Test
    void dateRangeKeepsOnlyArticlesPublishedWithinIt() throws IOException {
        LocalDate from = LocalDate.of(2022, 3, 1);
        LocalDate to = LocalDate.of(2022, 8, 31);
        SearchResults results = search.search(criteria(TestArticles.SPREAD_WORD).withDates(from, to).withSize(100));
        assertThat(results.hits()).isNotEmpty().allSatisfy(hit -> assertThat(hit.published()).isBetween(from, to));
    }

    @Test
    void timelineBucketsAddUpToTheDatedResultsAndEachBucketIsItsCount() throws IOException {
        SearchResults results = search.search(criteria(TestArticles.SPREAD_WORD));
        assertThat(results.timeline()).hasSizeGreaterThan(3);
        DateBucket bucket = results.timeline().stream().filter(b -> b.count() > 0).findFirst().orElseThrow();
        assertThat(search.search(criteria(TestArticles.SPREAD_WORD).withDates(bucket.start(), bucket.end())).total()).isEqualTo(bucket.count());
    }

    @Test
    void newestAndOldestSortByPublicationDate() throws IOException {
        List<LocalDate> newest = dates(search.search(criteria(TestArticles.SPREAD_WORD).withSort(SortOrder.NEWEST).withSize(50)));
        List<LocalDate> oldest = dates(search.search(criteria(TestArticles.SPREAD_WORD).withSort(SortOrder.OLDEST).withSize(50)));
        assertThat(newest).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(oldest).isSortedAccordingTo(Comparator.naturalOrder());
        assertThat(newest.get(0)).isAfter(oldest.get(0));
    }

    @Test
    void pagesFollowOnWithoutOverlap() throws IOException {
        SearchCriteria first = criteria(TestArticles.SPREAD_WORD).withSort(SortOrder.OLDEST).withSize(20);
        List<String> page1 = ids(search.search(first));
        List<String> page2 = ids(search.search(first.withPage(2)));
        List<String> both = ids(search.search(first.withSize(40)));
        assertThat(page1).hasSize(20).doesNotContainAnyElementsOf(page2);
        assertThat(both).containsExactlyElementsOf(concat(page1, page2));
    }

    @Test
    void pagesBeyondTheResultWindowReturnNoHitsButKeepTheTotal() throws IOException {
        SearchResults results = search.search(criteria(TestArticles.SPREAD_WORD).withSize(50).withPage(201));
        assertThat(results.hits()).isEmpty();
        assertThat(results.total()).isEqualTo(TestArticles.GENERATED);
    }

    @Test
    void snippetsMarkMatchesAndEscapeEverythingElse() throws IOException {
        ResultHit hit = search.search(criteria(TestArticles.MARKUP_WORD)).hits().get(0);
        assertThat(hit.snippet()).contains("<mark>" + TestArticles.MARKUP_WORD + "</mark>").contains("&lt;script&gt;")
                .doesNotContain("<script");
        assertThat(hit.titleHtml()).contains("&lt;b&gt;rare&lt;/b&gt;").contains("<mark>");
    }

    @Test
    void suggestsACorrectionWhenAQueryFindsNothing() throws IOException {
        SearchResults results = search.search(criteria("blinkn"));
        assertThat(results.total()).isZero();
        assertThat(results.didYouMean()).isNotNull();
        assertThat(results.didYouMean().query()).isEqualTo("blinken");
    }

    @Test
    void offersNoRespellingWhenFiltersExplainTheFewHits() throws IOException {
        SearchResults results = search.search(criteria("blinkn").withSelected(Facet.OUTLET, "VOA"));
        assertThat(results.total()).isZero();
        assertThat(results.didYouMean()).isNull();
    }

    private void assertCountsMatchHits(SearchCriteria base) throws IOException {
        SearchResults results = search.search(base);
        Map<String, Long> checked = new HashMap<>();
        for (Facet facet : Facet.values()) {
            for (FacetValue value : results.facet(facet)) {
                if (value.excluded() || value.selected()) {
                    continue;
                }
                long hits = search.search(base.withSelected(facet, value.value())).total();
                long promised = base.selected(facet).isEmpty() ? value.count() : results.total() + value.added();
                assertThat(hits).as("%s = %s", facet, value.value()).isEqualTo(promised);
                checked.put(facet + value.value(), hits);
            }
        }
        assertThat(checked).hasSizeGreaterThan(20);
        for (DateBucket bucket : results.timeline()) {
            assertThat(search.search(base.withDates(bucket.start(), bucket.end())).total()).as("%s", bucket).isEqualTo(bucket.count());
        }
    }

    private SearchResults search(String query) throws IOException {
        return search.search(criteria(query).withSize(50));
    }

    private static SearchCriteria criteria(String query) {
        return SearchCriteria.everything().withQuery(query);
    }

    private static List<String> ids(SearchResults results) {
        return results.hits().stream().map(ResultHit::id).toList();
    }

    private static List<LocalDate> dates(SearchResults results) {
        return results.hits().stream().map(ResultHit::published).filter(Objects::nonNull).toList();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
