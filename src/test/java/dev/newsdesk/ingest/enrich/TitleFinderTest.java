package dev.newsdesk.ingest.enrich;

import static dev.newsdesk.ingest.enrich.Articles.layoutOf;
import static dev.newsdesk.ingest.enrich.Articles.metadata;
import static dev.newsdesk.ingest.enrich.Articles.page;
import static dev.newsdesk.ingest.enrich.Articles.text;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.newsdesk.ingest.sidecar.Sidecar;
import dev.newsdesk.ingest.clean.CleanedArticle;

class TitleFinderTest {

    private static String titleOf(CleanedArticle article, Sidecar sidecar) {
        return TitleFinder.find(article, sidecar, layoutOf(article), "story.txt");
    }

    private static String titleOf(CleanedArticle article) {
        return titleOf(article, Sidecar.NONE);
    }

    @Test
    void takesSidecarTitleOverEverythingElse() {
        CleanedArticle article = page(metadata("Page headline", null, null, null, null), "Text headline about the harbour", "Body text.");

        assertThat(titleOf(article, new Sidecar(null, null, null, "Crawler title"))).isEqualTo("Crawler title");
    }

    @Test
    void takesPageHeadlineOverTheText() {
        CleanedArticle article = page(metadata("Harbour reopens after storm", null, null, null, null),
                "Menu", "Something else entirely here", "The harbour of the town reopened on Tuesday after a week of repairs.");

        assertThat(titleOf(article)).isEqualTo("Harbour reopens after storm");
    }

    @Test
    void takesFirstHeadlineLikeLineAfterPageFurniture() {
        CleanedArticle article = text("Advertisement", "Skip to main content", "Breaking News", "42",
                "Harbour reopens after a week of storm repairs",
                "The harbour of the town reopened on Tuesday after a week of repairs, officials said.");

        assertThat(titleOf(article)).isEqualTo("Harbour reopens after a week of storm repairs");
    }

    @Test
    void skipsBreadcrumbsDateLinesAndBylinesBeforeTheHeadline() {
        CleanedArticle article = text("Home / World / Europe", "March 3, 2021 10:32 AM CET", "By Ingrid Berg and Ola Nordmann",
                "Harbour reopens after a week of storm repairs",
                "The harbour of the town reopened on Tuesday after a week of repairs, officials said.");

        assertThat(titleOf(article)).isEqualTo("Harbour reopens after a week of storm repairs");
    }

    @Test
    void keepsAQuestionAsHeadline() {
        CleanedArticle article = text("Is the harbour ready for another storm season?",
                "The harbour of the town reopened on Tuesday after a week of repairs, officials said.");

        assertThat(titleOf(article)).isEqualTo("Is the harbour ready for another storm season?");
    }

    @Test
    void derivesTitleFromLeadSentenceWithoutDatelineWhenArticleStartsWithItsLede() {
        CleanedArticle article = text(
                "OSLO (Reuters) - Norway's fishing fleet stayed in port on Monday. Storms are expected to last all week.",
                "The coast guard warned of waves up to eight metres high.");

        assertThat(titleOf(article)).isEqualTo("Norway's fishing fleet stayed in port on Monday");
    }

    @Test
    void doesNotEndLeadSentenceAtAnAbbreviation() {
        CleanedArticle article = text("LIMA: The U.S. envoy met Peru's president on Monday. Talks went on for hours.");

        assertThat(titleOf(article)).isEqualTo("The U.S. envoy met Peru's president on Monday");
    }

    @Test
    void cutsDerivedTitleAtAWordWithin120Characters() {
        String sentence = "The fishing fleet of the northern coast stayed in port for a third day running on Monday as storms "
                + "battered the coastline and the coast guard warned of waves of up to eight metres.";
        String title = titleOf(text("OSLO (AFP): " + sentence));

        assertThat(title).hasSizeLessThanOrEqualTo(120).endsWith("…");
        String kept = title.substring(0, title.length() - 1);
        assertThat(sentence).startsWith(kept + " ");
        assertThat(kept.length()).isGreaterThan(100);
    }

    @Test
    void fallsBackToFileNameWhenNothingReadsLikeATitle() {
        assertThat(titleOf(text("Advertisement", "Subscribe"))).isEqualTo("story.txt");
    }
}
