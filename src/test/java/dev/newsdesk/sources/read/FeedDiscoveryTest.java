package dev.newsdesk.sources.read;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.Test;

class FeedDiscoveryTest {

    private static final URI PAGE = URI.create("https://news.example.org/world/index.html");

    @Test
    void findsRssAndAtomLinksInDocumentOrderResolvedAgainstThePage() {
        String html = """
                <!doctype html><html><head>
                  <link rel="stylesheet" type="text/css" href="/site.css">
                  <link rel="alternate" type="application/atom+xml" href="atom.xml" title="Atom">
                  <link rel="alternate" type="application/rss+xml; charset=utf-8" href="/rss/world.xml">
                  <link rel="alternate" hreflang="fr" href="/fr/">
                </head><body></body></html>
                """;

        assertThat(FeedDiscovery.feedLinks(html.getBytes(UTF_8), PAGE)).containsExactly(
                URI.create("https://news.example.org/world/atom.xml"),
                URI.create("https://news.example.org/rss/world.xml"));
    }

    @Test
    void resolvesAgainstTheBaseHref() {
        String html = """
                <html><head><base href="https://static.example.org/feeds/">
                  <link rel="alternate" type="application/rss+xml" href="latest.rss">
                </head></html>
                """;

        assertThat(FeedDiscovery.feedLinks(html.getBytes(UTF_8), PAGE))
                .containsExactly(URI.create("https://static.example.org/feeds/latest.rss"));
    }

    @Test
    void skipsNonHttpLinksAndRepeats() {
        String html = """
                <html><head>
                  <link rel="alternate" type="application/rss+xml" href="javascript:alert(1)">
                  <link rel="alternate" type="application/rss+xml" href="feed://news.example.org/rss">
                  <link rel="alternate" type="application/rss+xml" href="/rss">
                  <link rel="Alternate" type="APPLICATION/RSS+XML" href="https://news.example.org/rss">
                  <link rel="alternate" type="application/rdf+xml" href="/rdf">
                </head></html>
                """;

        assertThat(FeedDiscovery.feedLinks(html.getBytes(UTF_8), PAGE)).containsExactly(
                URI.create("https://news.example.org/rss"), URI.create("https://news.example.org/rdf"));
    }

    @Test
    void readsThePageInTheCharsetItDeclares() {
        String html = """
                <html><head><meta charset="iso-8859-1">
                  <link rel="alternate" type="application/rss+xml" href="/flux/él.xml">
                </head></html>
                """;

        assertThat(FeedDiscovery.feedLinks(html.getBytes(ISO_8859_1), PAGE))
                .containsExactly(URI.create("https://news.example.org/flux/%C3%A9l.xml"));
    }

    @Test
    void findsNothingInAPageWithoutFeeds() {
        assertThat(FeedDiscovery.feedLinks("<p>hello</p>".getBytes(UTF_8), PAGE)).isEmpty();
        assertThat(FeedDiscovery.feedLinks(new byte[0], PAGE)).isEmpty();
    }
}
