package dev.newsdesk.ingest.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Entity normalization on made-up paragraphs, through the real CoreNLP model (loaded once per test JVM). */
class EntityExtractorTest {

    private static final EntityExtractor EXTRACTOR = new EntityExtractor(new NamedEntityRecognizer(), PageFurniture.standard(),
            JobTitleFragments.standard(), EntityStopList.standard(), EntityAliases.standard());

    private static Entities entitiesOf(String... paragraphs) {
        return EXTRACTOR.extract(List.of(paragraphs));
    }

    @Test
    void mergesSurnameIntoFullName() {
        Entities entities = entitiesOf("Chancellor Olaf Scholz met Swedish Prime Minister Magdalena Andersson in Berlin.",
                "Andersson said talks with Scholz had gone well.");

        assertThat(entities.people()).containsExactlyInAnyOrder("Magdalena Andersson", "Olaf Scholz");
        assertThat(entities.mentions()).containsEntry("Magdalena Andersson", 2).containsEntry("Olaf Scholz", 2);
    }

    @Test
    void foldsAliasesIntoOneName() {
        Entities entities = entitiesOf("The U.S. and Canada met in Ottawa.", "The US will host the G7 next year, the United States said.");

        assertThat(entities.places()).contains("United States").doesNotContain("U.S.", "US");
        assertThat(entities.mentions()).containsEntry("United States", 3);
    }

    @Test
    void dropsFragmentsOfJobTitles() {
        Entities entities = entitiesOf("US Secretary of State Mike Pompeo is greeted by Peru's Foreign Minister in Lima.",
                "British Defence Secretary Ben Wallace met his counterparts in Oslo.");

        assertThat(entities.mentions()).containsKeys("Mike Pompeo", "Ben Wallace").doesNotContainKeys("State", "British Defence", "British");
    }

    @Test
    void dropsWeekdaysMonthsAndPageFurniture() {
        Entities entities = entitiesOf("Advertisement", "The talks in Geneva resumed on Friday, and in April the delegates from Iran will return.");

        assertThat(entities.mentions()).containsKeys("Geneva", "Iran").doesNotContainKeys("Friday", "April", "Advertisement");
    }

    @Test
    void ignoresSocialNetworksNamedInFollowUsPrompts() {
        Entities entities = entitiesOf("Protesters gathered in Nairobi on Tuesday.",
                "For breaking news, follow us on Twitter @HarbourNews. We are also on Facebook and Instagram.");

        assertThat(entities.mentions()).containsOnlyKeys("Nairobi");
    }

    @Test
    void keepsSocialNetworkThatTheArticleIsAbout() {
        Entities entities = entitiesOf("Twitter said on Monday it would suspend thousands of accounts.");

        assertThat(entities.organizations()).contains("Twitter");
    }

    @Test
    void countsARepeatedCaptionOnce() {
        Entities entities = entitiesOf("Angela Merkel speaks in Brussels. Photo: Reuters", "Angela Merkel speaks in Brussels. Photo: Reuters",
                "The summit in Brussels ended late.");

        assertThat(entities.mentions()).containsEntry("Angela Merkel", 1).containsEntry("Brussels", 2).doesNotContainKey("Reuters");
    }

    @Test
    void usesTheCommonestSpellingOfAPlaceWrittenInCapitalsInTheDateline() {
        Entities entities = entitiesOf("NAIROBI: Protesters gathered in Nairobi on Tuesday.");

        assertThat(entities.mentions()).containsEntry("Nairobi", 2).doesNotContainKey("NAIROBI");
    }

    @Test
    void ordersEachListByMentionsThenName() {
        Entities entities = entitiesOf("Lima, Quito and Bogota sent envoys to Quito.", "Bogota and Quito agreed.");

        assertThat(entities.places()).containsExactly("Quito", "Bogota", "Lima");
    }

    @Test
    void findsNoEntityAcrossParagraphs() {
        Entities entities = entitiesOf("The delegation flew in from New", "York City Hall staff met them.");

        assertThat(entities.mentions()).doesNotContainKey("New York City Hall").doesNotContainKey("New York");
    }
}
