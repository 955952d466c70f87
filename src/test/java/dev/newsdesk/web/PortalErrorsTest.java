package dev.newsdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the error log may say about a request: never a feed's secret token. */
class PortalErrorsTest {

    @Test
    void aFeedsTokenIsLeftOutOfTheLoggedPath() {
        assertThat(PortalErrors.loggable("/feeds/saved/s3cr3t-t0ken")).isEqualTo("/feeds/saved/(token)").doesNotContain("s3cr3t");
    }

    @Test
    void otherPathsAreLoggedAsTheyAre() {
        assertThat(PortalErrors.loggable("/search")).isEqualTo("/search");
        assertThat(PortalErrors.loggable("/articles/a/b.txt")).isEqualTo("/articles/a/b.txt");
    }
}
