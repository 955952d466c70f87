package dev.newsdesk.ingest.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each kind of page furniture, on made-up dumps: the furniture goes, the article lines stay, in order. */
class TextDumpCleanerTest {

    private static final String LEDE = "The river authority closed three bridges on Monday after the water rose faster than forecast.";
    private static final String FOLLOW_UP = "Engineers said the closures could last until the weekend, depending on the rain.";

    private final TextDumpCleaner cleaner = new TextDumpCleaner();

    private List<String> cleaned(String... lines) {
        return cleaner.clean(String.join("\n", lines)).paragraphs();
    }

    @Test
    void removesAdMarkers() {
        assertThat(cleaned("ADVERTISEMENT", LEDE, "Sponsored content", "Story continues below advertisement", FOLLOW_UP, "Ad"))
                .containsExactly(LEDE, FOLLOW_UP);
    }

    @Test
    void removesAccessibilityAndNavigationLabels() {
        assertThat(cleaned("Skip to main content", "Jump to navigation", "Accessibility help", "Menu", "Home > World > Europe",
                LEDE, "Back to top", FOLLOW_UP))
                .containsExactly(LEDE, FOLLOW_UP);
    }

    @Test
    void removesBreakingNewsBanners() {
        assertThat(cleaned("BREAKING NEWS", "Just in:", LEDE, "Live updates", FOLLOW_UP)).containsExactly(LEDE, FOLLOW_UP);
    }

    @Test
    void removesContactSubscribeAndFollowUsPrompts() {
        assertThat(cleaned("Contact us", "Subscribe now", LEDE, "Sign up for our morning briefing newsletter today.",
                "For more updates, follow us on Facebook @riverside_post and on Instagram.",
                "You can also find us on Telegram.", "Got a tip? Write to the newsroom at tips@riverside.example.",
                "Enjoyed this article? Share it with your neighbours!", FOLLOW_UP))
                .containsExactly(LEDE, FOLLOW_UP);
    }

    @Test
    void removesCommentNotices() {
        assertThat(cleaned(LEDE, "12 Comments", FOLLOW_UP, "Comments are disabled for this article.", "Join the conversation"))
                .containsExactly(LEDE, FOLLOW_UP);
    }

    @Test
    void removesReadingTimeLabels() {
        assertThat(cleaned("5 min read", "Reading time: 4 mins", LEDE, "Estimated reading time: 2 minutes", FOLLOW_UP))
                .containsExactly(LEDE, FOLLOW_UP);
    }

    @Test
    void removesTrustBadges() {
        assertThat(cleaned("Why you can trust The Riverside Post", LEDE, "Fact-checked", FOLLOW_UP, "Our editorial standards"))
                .containsExactly(LEDE, FOLLOW_UP);
    }

    @Test
    void removesLoneCounters() {
        assertThat(cleaned("1,204", LEDE, "342 shares", "3 of 12", FOLLOW_UP, "8")).containsExactly(LEDE, FOLLOW_UP);
    }

    @Test
    void removesMediaPlayerDebris() {
        assertThat(cleaned(LEDE, "Loading...", "Please wait", "No media source available", "1:45", "0:00 / 4:10",
                "0:00 0:01:37 0:00", "Your browser does not support the video tag.", FOLLOW_UP))
                .containsExactly(LEDE, FOLLOW_UP);
    }

    @Test
    void removesWatchRelatedVideoPrompts() {
        assertThat(cleaned(LEDE, "Watch related video from our river correspondent:", "See more videos", FOLLOW_UP,
                "Read more: Flood defences to get new funding"))
                .containsExactly(LEDE, FOLLOW_UP);
    }

    @Test
    void removesRepeatedPhotoCaptions() {
        String caption = "Sandbags line the quay in Eastbridge on Monday, May 6, 2024. (Photo: J. Doe)";

        assertThat(cleaned(caption, caption, LEDE, caption, FOLLOW_UP)).containsExactly(caption, LEDE, FOLLOW_UP);
    }

    @Test
    void keepsHeadlinesBulletSummariesQuotesAndSubHeadings() {
        List<String> article = List.of(
                "Floods close three bridges as river hits record",
                "• Water level highest since 1953",
                "• Schools in two districts shut",
                LEDE,
                "What happens next",
                "“We have never seen it rise this fast,” said the lock keeper.",
                FOLLOW_UP);

        assertThat(cleaned(article.toArray(String[]::new))).containsExactlyElementsOf(article);
    }

    @Test
    void keepsSentencesThatOnlyStartLikeFurniture() {
        List<String> article = List.of(
                "Live music returns to the harbour festival this summer.",
                "Advertisement spending by the council rose 4% last year.",
                "Subscribe-only newsletters are growing fast, analysts say.",
                "Comments are closed at the public hearing after 6 p.m., the clerk said.",
                "Menu prices at the riverside cafés have doubled.",
                "12 people were evacuated.");

        assertThat(cleaned(article.toArray(String[]::new))).containsExactlyElementsOf(article);
    }

    @Test
    void makesEachSourceLineItsOwnParagraph() {
        CleanedArticle article = cleaner.clean(LEDE + "\r\n" + FOLLOW_UP + "\rLast line.");

        assertThat(article.paragraphs()).containsExactly(LEDE, FOLLOW_UP, "Last line.");
        assertThat(article.body()).isEqualTo(LEDE + "\n\n" + FOLLOW_UP + "\n\nLast line.");
        assertThat(article.metadata()).isEqualTo(PageMetadata.NONE);
    }

    @Test
    void dropsBlankLinesAndCollapsesWhitespace() {
        assertThat(cleaned("", "   ", "  The   river\u00A0rose.  ", "\t")).containsExactly("The river rose.");
    }

    @Test
    void dropsSoftHyphensInsideWords() {
        assertThat(cleaned("The Donau\u00ADdampf\u00ADschiff\u00ADfahrt company sailed.")).containsExactly("The Donaudampfschifffahrt company sailed.");
    }

    @Test
    void dropsLinesOfBinaryDebris() {
        String debris = "\u0000\u0001\u0002PK\u0003\u0004\uFFFD\uFFFD";

        assertThat(cleaned(LEDE, debris, FOLLOW_UP, LEDE.toUpperCase(), FOLLOW_UP.toUpperCase()))
                .containsExactly(LEDE, FOLLOW_UP, LEDE.toUpperCase(), FOLLOW_UP.toUpperCase());
    }

    @Test
    void cleansEmptyTextToNoParagraphs() {
        assertThat(cleaner.clean("").paragraphs()).isEmpty();
    }
}
