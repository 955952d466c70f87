package dev.newsdesk.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.newsdesk.elasticsearch.ArticleDocument;

class MentionLinksTest {

    @Test
    void splitsParagraphsOnBlankLines() {
        assertThat(MentionLinks.paragraphs(article("One.\n\nTwo.\n\n\nThree.", List.of(), List.of()))).hasSize(3);
    }

    @Test
    void linksFullNamesAndUnambiguousSurnamesToThePersonFilter() {
        List<MentionSegment> segments = MentionLinks.paragraphs(article("Ines Okafor met reporters. Okafor said no.",
                List.of("Ines Okafor"), List.of())).get(0);
        assertThat(segments).filteredOn(MentionSegment::isMention).extracting(MentionSegment::text).containsExactly("Ines Okafor", "Okafor");
        assertThat(segments.get(0).url()).isEqualTo("/search?person=Ines+Okafor");
    }

    @Test
    void prefersTheLongestNameAndMatchesWholeWordsOnly() {
        List<MentionSegment> segments = MentionLinks.paragraphs(article("Visitors from South Accra and Accrafield met in Accra.",
                List.of(), List.of("Accra", "South Accra"))).get(0);
        assertThat(segments).filteredOn(MentionSegment::isMention).extracting(MentionSegment::text).containsExactly("South Accra", "Accra");
    }

    @Test
    void keepsMarkupAsPlainText() {
        List<MentionSegment> segments = MentionLinks.paragraphs(article("<b>Quito</b> <script>x</script>", List.of(), List.of("Quito"))).get(0);
        assertThat(segments).extracting(MentionSegment::text).containsExactly("<b>", "Quito", "</b> <script>x</script>");
    }

    private static ArticleDocument article(String body, List<String> people, List<String> places) {
        return new ArticleDocument("Title", body, "Outlet", null, null, null, people, List.of(), places, null, null, null, null, null, null, null, null);
    }
}
