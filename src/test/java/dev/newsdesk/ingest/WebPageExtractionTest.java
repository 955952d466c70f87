package dev.newsdesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.newsdesk.BoundSettings;
import dev.newsdesk.elasticsearch.ArticleDocument;

/**
 * A fetched page goes through the file's cleaning and enrichment: its canonical link names it, the source's outlet
 * wins, and what the feed said (title, date) only fills what the page leaves out.
 */
class WebPageExtractionTest {

    private static final ArticleExtractor EXTRACTOR = ArticleExtractor.standard(
            BoundSettings.bind("newsdesk.ingest", IngestProperties.class, Map.of()));
    private static final String BODY = "<p>The harbour board approved the new ferry terminal on Tuesday after a decade of debate, its chair said.</p>"
            + "<p>Construction begins in the spring and is expected to take two years, officials said.</p>";

    private static WebPage page(String head, PageHints hints) {
        String html = "<!DOCTYPE html><html><head><meta charset=\"utf-8\">" + head + "</head><body><article>" + BODY + "</article></body></html>";
        return new WebPage("https://harbour.example.org/news/ferry?utm_source=rss", html.getBytes(StandardCharsets.UTF_8),
                Instant.parse("2026-12-01T10:00:00Z"), hints, "source:abc");
    }

    @Test
    void theCanonicalLinkNamesTheArticleAndGivesItsId() {
        ExtractedArticle article = EXTRACTOR.extract(page("<link rel=\"canonical\" href=\"https://harbour.example.org/2026/ferry-terminal\">",
                PageHints.NONE));

        assertThat(article.document().url()).isEqualTo("https://harbour.example.org/2026/ferry-terminal");
        assertThat(article.id()).isEqualTo(ArticleUrls.idFor("https://harbour.example.org/2026/ferry-terminal"));
    }

    @Test
    void withoutACanonicalLinkTheFetchedUrlNormalizedGivesTheId() {
        ExtractedArticle article = EXTRACTOR.extract(page("", PageHints.NONE));

        assertThat(article.document().url()).isEqualTo("https://harbour.example.org/news/ferry");
        assertThat(article.id()).isEqualTo(ArticleUrls.idFor("https://harbour.example.org/news/ferry"));
        assertThat(article.origin()).isEqualTo("source:abc");
    }

    @Test
    void thePagesOwnTitleAndDateWinOverTheFeedItems() {
        ExtractedArticle article = EXTRACTOR.extract(page("<title>Ferry terminal approved | Harbour News</title>"
                        + "<meta property=\"og:title\" content=\"Ferry terminal approved\">"
                        + "<meta property=\"article:published_time\" content=\"2026-11-30T08:00:00Z\">",
                new PageHints(null, "Feed title", "2026-11-29T00:00:00Z", "A. Writer", "src1", List.of())));

        assertThat(article.document().title()).isEqualTo("Ferry terminal approved");
        assertThat(article.document().published()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(article.document().publishedRule()).isEqualTo("page-metadata");
    }

    @Test
    void theFeedItemsTitleAndDateFillWhatThePageLeavesOut() {
        ExtractedArticle article = EXTRACTOR.extract(page("", new PageHints(null, "Harbour board backs ferry terminal",
                "2026-11-29T06:30:00Z", null, "src1", List.of())));

        assertThat(article.document().title()).isEqualTo("Harbour board backs ferry terminal");
        assertThat(article.document().published()).isEqualTo(LocalDate.of(2026, 11, 29));
        assertThat(article.document().publishedRule()).isEqualTo("feed-item");
    }

    @Test
    void theSourcesOutletWinsAndItsIdAndLabelsAreKept() {
        ArticleDocument document = EXTRACTOR.extract(page("<meta property=\"og:site_name\" content=\"Harbour News\">",
                new PageHints("Portvale Harbour Gazette", null, null, null, "src1", List.of("Harbour press", "wires")))).document();

        assertThat(document.outlet()).isEqualTo("Portvale Harbour Gazette");
        assertThat(document.sourceId()).isEqualTo("src1");
        assertThat(document.collections()).containsExactly("Harbour press", "wires");
        assertThat(document.source()).isEqualTo("source:abc");
    }

    @Test
    void aPageWithoutArticleTextIsRefusedWithTheReason() {
        WebPage empty = new WebPage("https://harbour.example.org/", "<html><body><nav>Home</nav></body></html>".getBytes(StandardCharsets.UTF_8),
                Instant.now(), PageHints.NONE, "source:abc");

        assertThatThrownBy(() -> EXTRACTOR.extract(empty)).isInstanceOf(UnreadableArticleException.class)
                .hasMessageContaining("no article text");
    }

    @Test
    void theHintsSurviveTheArchivesMetadataRecord() {
        PageHints hints = new PageHints("Gazette", "A title", "2026-11-29T00:00:00Z", "A. Writer", "src1", List.of("Harbour press", "wires"));

        assertThat(PageHints.fromMetadata(hints.toMetadata())).isEqualTo(hints);
        assertThat(PageHints.fromMetadata(Map.of())).isEqualTo(PageHints.NONE);
    }
}
