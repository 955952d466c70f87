package dev.newsdesk.ingest.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class NamedEntityRecognizerTest {

    @Test
    void loadsTheModelOnceAndSharesIt() {
        assertThat(CrfModel.classifier()).isSameAs(CrfModel.classifier());
    }

    @Test
    void asksForTheModelOnlyWhenItFirstRecognizes() {
        AtomicInteger asked = new AtomicInteger();
        NamedEntityRecognizer recognizer = new NamedEntityRecognizer(() -> {
            asked.incrementAndGet();
            return CrfModel.classifier();
        });
        assertThat(asked).hasValue(0);

        recognizer.recognize("Angela Merkel visited Seattle.");

        assertThat(asked).hasValue(1);
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
