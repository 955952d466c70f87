package dev.newsdesk.ingest.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class JobTitleFragmentsTest {

    private final JobTitleFragments fragments = JobTitleFragments.standard();

    private static EntityMention mention(String paragraph, String text, EntityType type) {
        int begin = paragraph.indexOf(text);
        return new EntityMention(text, type, begin, begin + text.length());
    }

    @Test
    void dropsNameInsideAJobTitle() {
        String paragraph = "Peru's Secretary of State Ana Ruiz arrived.";
        List<EntityMention> found = List.of(mention(paragraph, "State", EntityType.ORGANIZATION), mention(paragraph, "Ana Ruiz", EntityType.PERSON));

        assertThat(fragments.withoutTitleFragments(paragraph, found)).extracting(EntityMention::text).containsExactly("Ana Ruiz");
    }

    @Test
    void trimsTitleWordsFromAName() {
        String paragraph = "Peru's Defence Secretary Ana Ruiz arrived.";
        List<EntityMention> found = List.of(mention(paragraph, "Peru's Defence", EntityType.ORGANIZATION),
                mention(paragraph, "Secretary Ana Ruiz", EntityType.PERSON));

        assertThat(fragments.withoutTitleFragments(paragraph, found)).extracting(EntityMention::text).containsExactly("Peru's", "Ana Ruiz");
    }

    @Test
    void keepsOrganizationThatMerelyStartsLikeATitleWord() {
        String paragraph = "The State Department said so.";
        List<EntityMention> found = List.of(mention(paragraph, "State Department", EntityType.ORGANIZATION));

        assertThat(fragments.withoutTitleFragments(paragraph, found)).extracting(EntityMention::text).containsExactly("State Department");
    }
}
