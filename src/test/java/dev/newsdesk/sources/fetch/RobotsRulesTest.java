package dev.newsdesk.sources.fetch;

import static dev.newsdesk.sources.fetch.LoopbackServer.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** robots.txt as RFC 9309 reads it, for the crawler's own name, with its sitemaps and Crawl-delay. */
class RobotsRulesTest {

    private final LoopbackServer server = LoopbackServer.start();
    private final RobotsRules robots = new RobotsRules(TestSettings.loopback().fetcher(), TestSettings.loopback().properties());

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void followsTheRulesOfItsOwnGroupOverTheWildcard() throws IOException {
        server.route("/robots.txt", text(200, """
                User-agent: *
                Disallow: /

                User-agent: %s
                Disallow: /private/
                Crawl-delay: 5
                """.formatted(UserAgent.ROBOTS_NAME), "Content-Type", "text/plain"));

        assertThat(robots.allowed(server.url("/news/story.html"))).isTrue();
        assertThat(robots.allowed(server.url("/private/draft.html"))).isFalse();
        assertThat(robots.crawlDelay(server.url("/news/story.html"))).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void readsTheFileOncePerSite() throws IOException {
        server.route("/robots.txt", text(200, "User-agent: *\nDisallow: /private/\n"));

        for (int i = 0; i < 5; i++) {
            robots.allowed(server.url("/page-" + i));
        }

        assertThat(server.requests("/robots.txt")).isEqualTo(1);
        assertThat(robots.crawlDelay(server.url("/"))).isZero();
    }

    @Test
    void aMissingFileAllowsEverythingAndAFailingOneNothing() throws IOException {
        LoopbackServer failing = LoopbackServer.startOn("127.0.0.2");
        try (failing) {
            failing.route("/robots.txt", text(503, "down for maintenance"));

            assertThat(robots.allowed(server.url("/anything"))).isTrue(); // 404: no rules
            assertThat(robots.allowed(failing.url("/anything"))).isFalse();
        }
    }

    @Test
    void listsTheSitemapsItNames() throws IOException {
        server.route("/robots.txt", text(200, "Sitemap: /news-sitemap.xml\nSitemap: " + server.url("/sitemap-index.xml") + "\n"));

        assertThat(robots.sitemaps(server.url("/"))).containsExactly(server.url("/news-sitemap.xml"),
                server.url("/sitemap-index.xml"));
    }
}
