package dev.newsdesk.ingest.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The class/id patterns of html-boilerplate.txt: each kind of furniture is caught, article containers are not. */
class BoilerplateRulesTest {

    private final BoilerplateRules rules = BoilerplateRules.standard();

    private static Element div(String className) {
        return Jsoup.parseBodyFragment("<div class='" + className + "'>x</div>").body().child(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "post-share-bar", "social-links", "ad", "dfp-ad-unit", "sponsored-block", "promo_box", "taboola-feed",
            "related-stories", "recommended", "most-read-list", "read-next", "comments", "comment-form", "disqus_thread",
            "newsletter-signup", "subscribe-box", "paywall", "cookie-banner", "modal", "breadcrumbs", "sidebar",
            "site-footer", "byline", "author-bio", "caption", "video-player", "tags", "pagination"})
    void recognizesFurnitureByClassName(String className) {
        assertThat(rules.hasNoisyName(div(className))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "article-body", "story-content", "entry-content", "post-7908 hentry tag-books", "headline", "load-more-text",
            "shadow", "download-area", "paddington", "player-2020-580", "tagline", "advice-column", "badge"})
    void leavesArticleContainersAlone(String className) {
        assertThat(rules.hasNoisyName(div(className))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"nav", "aside", "footer", "script", "figure", "form", "iframe"})
    void recognizesFurnitureByTag(String tag) {
        Element element = Jsoup.parseBodyFragment("<" + tag + ">x</" + tag + ">").body().child(0);

        assertThat(rules.isFurnitureByMarkup(element)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"navigation", "banner", "contentinfo", "complementary", "search", "dialog"})
    void recognizesFurnitureByRole(String role) {
        assertThat(rules.isFurnitureByMarkup(Jsoup.parseBodyFragment("<div role='" + role + "'>x</div>").body().child(0))).isTrue();
    }
}
