package dev.newsdesk.ingest.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.newsdesk.elasticsearch.ArticleDocument;
import dev.newsdesk.ingest.sidecar.Sidecar;

/**
 * The five seed pages on Antony Blinken's April 2023 visit to Hanoi, enriched as a careful journalist would: the title
 * the page gives, the outlet only where the text reveals it, the publication date only where the text gives one.
 */
class SeedEnrichmentTest {

    private static final ArticleEnricher ENRICHER = new ArticleEnricher(Articles.TODAY, null);
    private static final Map<String, Enrichment> ENRICHED = new ConcurrentHashMap<>();

    private static Enrichment enriched(String fileName) {
        return ENRICHED.computeIfAbsent(fileName, name -> ENRICHER.enrich(SeedArticles.read(name), Sidecar.NONE, name, SeedArticles.pageLines(name)));
    }

    static List<String> seeds() {
        return SeedArticles.fileNames();
    }

    @Test
    void aajNewsArticleIsAajNewsButUndated() {
        Enrichment seed = enriched("000_5c90af08affe7cd8.txt");

        assertThat(seed.title()).isEqualTo("U.S., Vietnam say they hope to boost ties as Blinken visits Hanoi");
        assertThat(seed.outlet()).isEqualTo("Aaj News");
        assertThat(seed.agency()).isNull();
        assertThat(seed.published()).as("nothing in the text dates it").isNull();
        assertThat(seed.publishedRule()).isNull();
        assertThat(seed.people()).startsWith("Antony Blinken").contains("Pham Minh Chinh", "Nguyen Phu Trong", "Joe Biden");
        assertThat(seed.places().subList(0, 4)).containsExactlyInAnyOrder("United States", "Hanoi", "Vietnam", "Beijing");
        assertThat(seed.places()).contains("China", "Washington", "Japan", "South China Sea");
        assertThat(seed.organizations()).contains("Group of Seven", "Communist Party");
    }

    @Test
    void scmpArticleIsDatedByItsOwnPhotoOfTheSaturdayItReports() {
        Enrichment seed = enriched("001_23cc1a3667f8ab6f.txt");

        assertThat(seed.title()).isEqualTo("Is US-Vietnam pledge to boost ties after Antony Blinken’s Hanoi visit mere ‘diplomatic symbolism’?");
        assertThat(seed.outlet()).isEqualTo("South China Morning Post");
        assertThat(seed.agency()).as("'Photo: AFP' credits a photo, not the article").isNull();
        assertThat(seed.published()).isEqualTo(LocalDate.of(2023, 4, 15));
        assertThat(seed.publishedRule()).isEqualTo("photo-caption");
        assertThat(seed.people()).startsWith("Antony Blinken").contains("Bui Thanh Son", "Pham Minh Chinh", "Nguyen Phu Trong");
        assertThat(seed.places()).startsWith("United States", "Vietnam", "Hanoi").contains("China", "South China Sea");
        assertThat(seed.organizations()).contains("Communist Party");
    }

    @Test
    void unattributedArticleIsDatedByItsPublishedLine() {
        Enrichment seed = enriched("002_d1d7ace9da70b64e.txt");

        assertThat(seed.title()).isEqualTo("U.S., Vietnam mull upgrading diplomatic relations during Blinken visit");
        assertThat(seed.outlet()).as("nothing in the text names the outlet").isEqualTo(ArticleDocument.UNKNOWN_OUTLET);
        assertThat(seed.agency()).as("'(REUTERS)' credits a photo, not the article").isNull();
        assertThat(seed.published()).isEqualTo(LocalDate.of(2023, 4, 15));
        assertThat(seed.publishedRule()).isEqualTo("published-line");
        assertThat(seed.people()).startsWith("Antony Blinken").contains("Pham Minh Chinh", "Bui Thanh Son", "Nguyen Phu Trong");
        assertThat(seed.places()).startsWith("Vietnam").contains("United States", "Hanoi", "China", "Japan");
        assertThat(seed.organizations()).contains("Communist Party");
    }

    @Test
    void voaArticleIsVoaAndNotDatedByItsFilePhotoOrTheEventsItAnnounces() {
        Enrichment seed = enriched("003_462e65eee39eb3c9.txt");

        assertThat(seed.title()).isEqualTo("Blinken to Visit Vietnam to Boost Bilateral Ties");
        assertThat(seed.outlet()).isEqualTo("VOA");
        assertThat(seed.agency()).isNull();
        assertThat(seed.published()).as("Nov. 30, 2022 is a file photo, April 16 and March 29 are other events").isNull();
        assertThat(seed.people()).startsWith("Antony Blinken")
                .contains("Daniel Kritenbrink", "Nguyen Phu Trong", "Joe Biden", "Xi Jinping", "Pham Doan Trang", "Andreyka Natalegawa")
                .doesNotContain("Nike Ching");
        assertThat(seed.places()).startsWith("Vietnam", "United States", "Hanoi").contains("China", "Beijing", "Japan", "Washington");
        assertThat(seed.organizations()).startsWith("State Department")
                .contains("Human Rights Watch", "Center for Strategic and International Studies", "Group of Seven")
                .doesNotContain("VOA");
    }

    @Test
    void afpStoryWithoutHeadlineIsTitledByItsLedeAndDatedByItsWeekday() {
        Enrichment seed = enriched("004_fa943cb730d979da.txt");

        assertThat(seed.title()).isEqualTo("US Secretary of State Antony Blinken arrived in Vietnam Friday (April 14) looking to expand "
                + "diplomatic ties with Hanoi…");
        assertThat(seed.outlet()).isEqualTo(ArticleDocument.UNKNOWN_OUTLET);
        assertThat(seed.agency()).isEqualTo("AFP");
        assertThat(seed.published()).as("April 14 was last a Friday in 2023").isEqualTo(LocalDate.of(2023, 4, 14));
        assertThat(seed.publishedRule()).isEqualTo("weekday-without-year");
        assertThat(seed.people()).startsWith("Antony Blinken")
                .contains("Nguyen Phu Trong", "Pham Minh Chinh", "Lloyd Austin", "Kamala Harris", "Tsai Ing-wen", "Daniel Kritenbrink");
        assertThat(seed.places().subList(0, 5)).containsExactlyInAnyOrder("United States", "Hanoi", "Vietnam", "China", "Taiwan");
        assertThat(seed.organizations()).contains("Group of Seven", "Communist Party").doesNotContain("AFP");
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void hasNoFurnitureSocialNetworkTitleFragmentOrWeekdayAmongEntities(String fileName) {
        assertThat(enriched(fileName).mentions()).doesNotContainKeys("Advertisement", "Twitter", "Facebook", "Instagram", "YouTube",
                "State", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void leavesNoSurnameBesideTheFullNameItBelongsTo(String fileName) {
        Enrichment seed = enriched(fileName);

        assertThat(seed.people()).doesNotContain("Blinken", "Chinh", "Trong", "Biden", "Kritenbrink")
                .allSatisfy(person -> assertThat(person).contains(" "));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void listsEveryEntityOnceWithItsMentionCount(String fileName) {
        Enrichment seed = enriched(fileName);

        assertThat(seed.mentions().keySet()).containsExactlyInAnyOrderElementsOf(
                java.util.stream.Stream.of(seed.people(), seed.organizations(), seed.places()).flatMap(List::stream).toList());
        assertThat(List.copyOf(seed.mentions().values())).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }
}
