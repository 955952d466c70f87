package dev.newsdesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One article, one URL: the spellings a feed, a sitemap and a sidecar give one page are one id. */
class ArticleUrlsTest {

    @Test
    void trackingParametersFragmentsAndDefaultPortsGo() {
        assertThat(ArticleUrls.normalized("HTTPS://News.Example.org:443/a/story?utm_source=rss&utm_medium=feed&id=7&fbclid=x#comments"))
                .isEqualTo("https://news.example.org/a/story?id=7");
        assertThat(ArticleUrls.normalized("http://news.example.org:80/story")).isEqualTo("http://news.example.org/story");
    }

    @Test
    void whatIdentifiesThePageStays() {
        assertThat(ArticleUrls.normalized("http://127.0.0.1:8123/o1/articles/3.html?page=2&ref=home"))
                .isEqualTo("http://127.0.0.1:8123/o1/articles/3.html?page=2&ref=home");
        assertThat(ArticleUrls.normalized("https://example.org")).isEqualTo("https://example.org/");
        assertThat(ArticleUrls.normalized("https://example.org/Case/Kept")).isEqualTo("https://example.org/Case/Kept");
    }

    @Test
    void twoSpellingsOfOnePageHaveOneId() {
        assertThat(ArticleUrls.idFor("https://news.example.org/story?utm_campaign=x"))
                .isEqualTo(ArticleUrls.idFor("https://NEWS.example.org:443/story#top"))
                .isNotEqualTo(ArticleUrls.idFor("https://news.example.org/other-story"));
    }

    @Test
    void aUrlThatIsNoWebAddressIsOnlyTrimmed() {
        assertThat(ArticleUrls.normalized("  not a url  ")).isEqualTo("not a url");
        assertThat(ArticleUrls.normalized("mailto:desk@example.org")).isEqualTo("mailto:desk@example.org");
    }

    @Test
    void theTrackingListComesFromItsDataFile() {
        assertThat(ArticleUrls.tracking("utm_whatever")).isTrue();
        assertThat(ArticleUrls.tracking("GCLID")).isTrue();
        assertThat(ArticleUrls.tracking("id")).isFalse();
    }
}
