package dev.newsdesk.ingest.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What the extractor reads from a page's head and markup about its article. */
class PageMetadataTest {

    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

    private PageMetadata metadata(String head, String body, String baseUri) {
        String html = "<html><head>" + head + "</head><body>" + body + "</body></html>";
        return extractor.extract(html.getBytes(StandardCharsets.UTF_8), baseUri).metadata();
    }

    @Test
    void readsOpenGraphTitleSiteNameAndCanonicalUrl() {
        PageMetadata metadata = metadata(
                "<meta property='og:title' content='Ferry terminal approved'><meta property='og:site_name' content='Harbour Times'>"
                        + "<link rel='canonical' href='https://www.harbour.example/news/ferry-terminal'><title>Ignored | Harbour Times</title>",
                "<h1>Also ignored</h1>", "https://mirror.example/copy");

        assertThat(metadata.headline()).isEqualTo("Ferry terminal approved");
        assertThat(metadata.siteName()).isEqualTo("Harbour Times");
        assertThat(metadata.canonicalUrl()).isEqualTo("https://www.harbour.example/news/ferry-terminal");
        assertThat(metadata.host()).isEqualTo("www.harbour.example");
    }

    @Test
    void removesTheSiteNameFromAnOpenGraphTitleThatRepeatsIt() {
        PageMetadata metadata = metadata(
                "<meta property='og:title' content='Ferry terminal approved | Harbour Times'><meta property='og:site_name' content='Harbour Times'>",
                "", null);

        assertThat(metadata.headline()).isEqualTo("Ferry terminal approved");
    }

    @Test
    void takesTheArticleHeadingWhenThereIsNoOpenGraphTitle() {
        PageMetadata metadata = metadata("<title>Harbour Times - News</title>",
                "<h1>Site logo</h1><article><h1>Ferry terminal approved</h1><p>Text.</p></article>", null);

        assertThat(metadata.headline()).isEqualTo("Ferry terminal approved");
    }

    @Test
    void takesThePageTitleWithoutTheSiteNameAsLastResort() {
        assertThat(metadata("<title>Ferry terminal approved - Harbour Times</title><meta property='og:site_name' content='Harbour Times'>",
                "", null).headline()).isEqualTo("Ferry terminal approved");
        assertThat(metadata("<title>Harbour Times | Ferry terminal approved</title><meta property='og:site_name' content='Harbour Times'>",
                "", null).headline()).isEqualTo("Ferry terminal approved");
        assertThat(metadata("<title>Ferry terminal approved after long dispute | HT</title>", "", null).headline())
                .isEqualTo("Ferry terminal approved after long dispute");
    }

    @Test
    void readsPublisherAndDateFromJsonLdGraph() {
        String jsonLd = "<script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@graph\":["
                + "{\"@type\":\"WebSite\",\"name\":\"Not this\"},"
                + "{\"@type\":\"NewsArticle\",\"datePublished\":\"2024-05-06T08:00:00Z\","
                + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Harbour Media\"}}]}</script>";

        PageMetadata metadata = metadata(jsonLd, "", null);

        assertThat(metadata.publisher()).isEqualTo("Harbour Media");
        assertThat(metadata.publishedTimes()).containsExactly("2024-05-06T08:00:00Z");
    }

    @Test
    void readsPublisherGivenAsAListOrAName() {
        assertThat(metadata("<script type='application/ld+json'>[{\"@type\":[\"Article\"],\"publisher\":[{\"name\":\"Quay Press\"}]}]</script>",
                "", null).publisher()).isEqualTo("Quay Press");
        assertThat(metadata("<script type='application/ld+json'>{\"@type\":\"BlogPosting\",\"publisher\":\"Pier Post\"}</script>",
                "", null).publisher()).isEqualTo("Pier Post");
    }

    @Test
    void skipsBrokenJsonLdAndReadsTheRest() {
        String head = "<script type='application/ld+json'>{\"@type\":\"NewsArticle\", \"publisher\": {</script>"
                + "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"publisher\":{\"name\":\"Harbour Media\",},}</script>";

        assertThat(metadata(head, "", null).publisher()).isEqualTo("Harbour Media");
    }

    @Test
    void listsPublishedTimesInOrderOfTrust() {
        String head = "<meta property='article:published_time' content='2024-05-06T09:00:00+01:00'>"
                + "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"datePublished\":\"2024-05-06T08:00:00Z\"}</script>";
        String body = "<article><time datetime='2024-05-06'>6 May</time></article>";

        assertThat(metadata(head, body, null).publishedTimes())
                .containsExactly("2024-05-06T08:00:00Z", "2024-05-06T09:00:00+01:00", "2024-05-06");
    }

    @Test
    void takesTheHostFromTheBaseUriWithoutCanonicalUrl() {
        PageMetadata metadata = metadata("<meta property='og:url' content='not a url at all'>", "", "https://News.Harbour.example/a/1");

        assertThat(metadata.host()).isEqualTo("news.harbour.example");
    }

    @Test
    void leavesEverythingEmptyOnABarePage() {
        assertThat(metadata("", "<p>Only text.</p>", null)).isEqualTo(PageMetadata.NONE);
    }
}
