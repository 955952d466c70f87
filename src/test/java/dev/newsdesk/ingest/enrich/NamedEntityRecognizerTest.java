package dev.newsdesk.ingest.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class NamedEntityRecognizerTest {

    @Test
    void loadsTheModelOnceAndSharesIt() {
        assertThat(CrfModel.classifier()).isSameAs(CrfModel.classifier());
    }

    @Test
    void givesEachMentionItsTypeAndPlaceInTheParagraph() {
        String paragraph = "Angela Merkel visited Microsoft in Seattle.";

        List<EntityMention> mentions = new NamedEntityRecognizer().recognize(paragraph);

        assertThat(mentions).containsExactly(
                new EntityMention("Angela Merkel", EntityType.PERSON, 0, 13),
                new EntityMention("Microsoft", EntityType.ORGANIZATION, 22, 31),
                new EntityMention("Seattle", EntityType.LOCATION, 35, 42));
    }
}
