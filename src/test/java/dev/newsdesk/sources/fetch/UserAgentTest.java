package dev.newsdesk.sources.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UserAgentTest {

    @Test
    void namesTheContactUrlWhenThereIsOne() {
        TestSettings settings = TestSettings.loopback();
        settings.contactUrl = "https://news.example.org/crawler";

        assertThat(UserAgent.of(settings.properties())).isEqualTo("Newsdesk/1.0 (+https://news.example.org/crawler)");
    }

    @Test
    void isTheProductAloneWithoutAContactUrl() {
        assertThat(UserAgent.of(FetchProperties.defaults())).isEqualTo("Newsdesk/1.0");
    }

    @Test
    void isMatchedInRobotsTxtByTheProductNameInLowerCase() {
        assertThat(UserAgent.of(FetchProperties.defaults()).toLowerCase()).startsWith(UserAgent.ROBOTS_NAME + "/");
    }
}
