package dev.newsdesk.ingest.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The HTML extractor on made-up pages: what it removes, what it keeps, how it finds the article. */
class HtmlArticleExtractorTest {

    private static final String FIRST = "The harbour board approved the new ferry terminal on Tuesday, ending a decade of disputes over its cost.";
    private static final String SECOND = "Construction will start in spring, and the first ferries should dock there within three years, officials said.";
    private static final String THIRD = "Residents of the old quay, who had campaigned against the plan, said they would now ask for a noise barrier.";

    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

    private List<String> paragraphs(String html) {
        return extractor.extract(html.getBytes(StandardCharsets.UTF_8), "https://harbour.example/news/ferry").paragraphs();
    }

    private static String article(String... inside) {
        return "<article>" + String.join("", inside) + "</article>";
    }

    private static String p(String text) {
        return "<p>" + text + "</p>";
    }

    @Test
    void removesScriptsStylesNavigationHeadersFootersAsidesAndForms() {
        String html = "<html><head><style>p{color:red}</style></head><body>"
                + "<header>Harbour Times home</header><nav><a href='/'>Home</a> News Sport</nav>"
                + article(p(FIRST), "<script>var tracker = 'Buy now';</script>", p(SECOND),
                        "<aside>Other ferries we covered this year are listed in our archive pages.</aside>", p(THIRD))
                + "<form>Search the archive of the newspaper by keyword here</form><footer>Copyright the Harbour Times</footer>"
                + "</body></html>";

        assertThat(paragraphs(html)).containsExactly(FIRST, SECOND, THIRD);
    }

    @Test
    void removesShareBarsAdsAndRelatedArticleListsByClassOrId() {
        String html = "<body>" + article(
                "<div class='share-tools'>Share this story with your friends on every network</div>",
                p(FIRST),
                "<div id='ad-slot-2'>Holiday deals on cruises that you really should not miss this year</div>",
                p(SECOND),
                "<div class='related-stories'><h3>More about the harbour and its long history</h3></div>",
                p(THIRD)) + "</body>";

        assertThat(paragraphs(html)).containsExactly(FIRST, SECOND, THIRD);
    }

    @Test
    void removesElementsByAriaRole() {
        String html = "<body><div role='navigation'>News, Sport, Weather and all our local sections</div>"
                + article(p(FIRST), "<div role='complementary'>A box of background facts about the harbour's history.</div>", p(SECOND))
                + "<div role='contentinfo'>Published by Harbour Media Limited, all rights reserved.</div></body>";

        assertThat(paragraphs(html)).containsExactly(FIRST, SECOND);
    }

    @Test
    void removesElementsThePageHides() {
        String html = "<body>" + article(p(FIRST), "<div style='display: none'>Please enable JavaScript to read this page in full.</div>",
                "<p hidden>This text is only for the print edition of the newspaper.</p>", p(SECOND)) + "</body>";

        assertThat(paragraphs(html)).containsExactly(FIRST, SECOND);
    }

    @Test
    void keepsParagraphBreaksOfParagraphsSubHeadingsListsAndQuotes() {
        String html = "<body>" + article(p(FIRST), "<h2>What the plan costs</h2>", p(SECOND),
                "<ul><li>Two berths for large ferries</li><li>A covered waiting hall</li></ul>",
                "<blockquote>“It is a good day for the harbour,” the chair said.</blockquote>", p(THIRD)) + "</body>";

        assertThat(paragraphs(html)).containsExactly(FIRST, "What the plan costs", SECOND, "Two berths for large ferries",
                "A covered waiting hall", "“It is a good day for the harbour,” the chair said.", THIRD);
    }

    @Test
    void makesEachTableRowOneParagraph() {
        String html = "<body>" + article(p(FIRST), "<table><tr><th>Berth</th><th>Length</th></tr>"
                + "<tr class='row player-7'><td>North</td><td><a href='/m'>210 m</a></td></tr></table>", p(SECOND)) + "</body>";

        assertThat(paragraphs(html)).containsExactly(FIRST, "Berth Length", "North 210 m", SECOND);
    }

    @Test
    void joinsInlineTextAndSplitsAtLineBreaks() {
        String html = "<body>" + article("<p>The <b>harbour</b> <a href='/board'>board</a> met.<br>It voted.</p>", p(FIRST)) + "</body>";

        assertThat(paragraphs(html)).containsExactly("The harbour board met.", "It voted.", FIRST);
    }

    @Test
    void leavesTheHeadlineToTheMetadata() {
        String html = "<body>" + article("<h1>Ferry terminal approved</h1>", p(FIRST), p(SECOND)) + "</body>";

        CleanedArticle article = extractor.extract(html.getBytes(StandardCharsets.UTF_8), null);

        assertThat(article.paragraphs()).containsExactly(FIRST, SECOND);
        assertThat(article.metadata().headline()).isEqualTo("Ferry terminal approved");
    }

    @Test
    void picksTheProseOverALongListOfLinks() {
        StringBuilder links = new StringBuilder("<div class='x1'><ul>");
        for (int i = 0; i < 40; i++) {
            links.append("<li><a href='/s/").append(i).append("'>Another story about boats, number ").append(i).append(", with a long title</a></li>");
        }
        links.append("</ul></div>");
        String html = "<body>" + links + "<div class='x2'>" + p(FIRST) + p(SECOND) + p(THIRD) + "</div></body>";

        assertThat(paragraphs(html)).containsExactly(FIRST, SECOND, THIRD);
    }

    @Test
    void picksTheArticleOverTheOtherTextOfThePage() {
        String html = "<body><div class='a'><div class='b'>" + p("Weather: sunny, 21 degrees, light wind from the west today.")
                + "</div></div><div class='c'><div class='d'>" + p(FIRST) + p(SECOND) + p(THIRD) + "</div></div></body>";

        assertThat(paragraphs(html)).containsExactly(FIRST, SECOND, THIRD);
    }

    @Test
    void joinsAnArticleSplitIntoChunksWithAdsBetween() {
        String chunk1 = "<div class='chunk'><div class='inner'>" + p(FIRST) + p(SECOND) + "</div></div>";
        String ad = "<div class='slot-x'><a href='/shop'>Shop</a></div>";
        String chunk2 = "<div class='chunk'><div class='inner'>" + p(THIRD) + p(FIRST.replace("Tuesday", "Friday")) + "</div></div>";
        String html = "<body><main><section>" + chunk1 + ad + chunk2 + "</section></main><div class='more'>"
                + "<a href='/1'>Ferries</a> <a href='/2'>Bridges</a></div></body>";

        assertThat(paragraphs(html)).containsExactly(FIRST, SECOND, THIRD, FIRST.replace("Tuesday", "Friday"));
    }

    @Test
    void keepsAStandfirstBesideTheArticleBody() {
        String standfirst = "A decade of disputes ends as the board backs the terminal, though residents of the quay still object.";
        String html = "<body><div class='top'><div class='lead'>" + standfirst + "</div><div class='text'>" + p(FIRST) + p(SECOND)
                + p(THIRD) + "</div></div><div class='footer-links'><a href='/a'>About</a></div></body>";

        assertThat(paragraphs(html)).containsExactly(standfirst, FIRST, SECOND, THIRD);
    }

    @Test
    void keepsAnArticleWrapperWhoseNameSoundsLikeFurniture() {
        String html = "<body><div class='content-with-sidebar'>" + p(FIRST) + p(SECOND) + p(THIRD)
                + "</div><div class='sidebar'>" + p("Most read: the ferry timetable for the summer season.") + "</div></body>";

        assertThat(paragraphs(html)).containsExactly(FIRST, SECOND, THIRD);
    }

    @Test
    void keepsAFormThatWrapsTheWholePage() {
        String html = "<body><form id='aspnetForm'><div class='story'>" + p(FIRST) + p(SECOND) + p(THIRD)
                + "</div><div role='search'><p>Search the harbour archive by keyword.</p></div></form></body>";

        assertThat(paragraphs(html)).containsExactly(FIRST, SECOND, THIRD);
    }

    @Test
    void dropsTextCruftInsideTheArticle() {
        String html = "<body>" + article(p(FIRST), p("Advertisement"), p("3 min read"), p(SECOND)) + "</body>";

        assertThat(paragraphs(html)).containsExactly(FIRST, SECOND);
    }
}
