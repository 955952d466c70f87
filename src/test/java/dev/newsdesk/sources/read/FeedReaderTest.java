package dev.newsdesk.sources.read;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedReaderTest {

    private static final URI FEED_URL = URI.create("https://news.example.org/world/feed.xml");

    @Test
    void readsAnRss2FeedWithRelativeLinksDatesAndAuthors() throws UnreadableSource {
        String rss = """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
                  <channel>
                    <title>World news</title>
                    <link>https://news.example.org/</link>
                    <item>
                      <title>Floods in the delta</title>
                      <link>/2025/05/floods</link>
                      <pubDate>Tue, 06 May 2025 08:30:00 GMT</pubDate>
                      <dc:creator>Mai Tran</dc:creator>
                    </item>
                    <item>
                      <title>Elections called</title>
                      <link>https://news.example.org/2025/05/elections</link>
                    </item>
                  </channel>
                </rss>
                """;

        FeedContent feed = FeedReader.read(rss.getBytes(UTF_8), FEED_URL);

        assertThat(feed.title()).isEqualTo("World news");
        assertThat(feed.items()).containsExactly(
                new FeedItem(URI.create("https://news.example.org/2025/05/floods"), "Floods in the delta",
                        Instant.parse("2025-05-06T08:30:00Z"), "Mai Tran"),
                new FeedItem(URI.create("https://news.example.org/2025/05/elections"), "Elections called", null,
                        null));
    }

    @Test
    void takesAPermalinkGuidWhenAnRssItemHasNoLink() throws UnreadableSource {
        String rss = """
                <rss version="2.0"><channel><title>t</title>
                  <item><title>Guid only</title><guid isPermaLink="true">https://news.example.org/a/1</guid></item>
                </channel></rss>
                """;

        FeedContent feed = FeedReader.read(rss.getBytes(UTF_8), FEED_URL);

        assertThat(feed.items()).extracting(FeedItem::url).containsExactly(URI.create("https://news.example.org/a/1"));
    }

    @Test
    void skipsItemsWithoutAnHttpLink() throws UnreadableSource {
        String rss = """
                <rss version="2.0"><channel><title>t</title>
                  <item><title>No link</title></item>
                  <item><title>Mail</title><link>mailto:desk@example.org</link></item>
                  <item><title>Script</title><link>javascript:alert(1)</link></item>
                  <item><title>Kept</title><link>article?id=7</link></item>
                </channel></rss>
                """;

        FeedContent feed = FeedReader.read(rss.getBytes(UTF_8), FEED_URL);

        assertThat(feed.items()).extracting(FeedItem::title).containsExactly("Kept");
        assertThat(feed.items().get(0).url()).isEqualTo(URI.create("https://news.example.org/world/article?id=7"));
    }

    @Test
    void readsAnRss1RdfFeed() throws UnreadableSource {
        String rdf = """
                <?xml version="1.0"?>
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
                         xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
                  <channel rdf:about="https://news.example.org/">
                    <title>RDF news</title>
                    <link>https://news.example.org/</link>
                    <description>d</description>
                    <items><rdf:Seq><rdf:li rdf:resource="https://news.example.org/rdf/1"/></rdf:Seq></items>
                  </channel>
                  <item rdf:about="https://news.example.org/rdf/1">
                    <title>Harvest report</title>
                    <link>https://news.example.org/rdf/1</link>
                    <dc:date>2025-04-30T12:00:00Z</dc:date>
                    <dc:creator>Lan Pham</dc:creator>
                  </item>
                </rdf:RDF>
                """;

        FeedContent feed = FeedReader.read(rdf.getBytes(UTF_8), FEED_URL);

        assertThat(feed.title()).isEqualTo("RDF news");
        assertThat(feed.items()).containsExactly(new FeedItem(URI.create("https://news.example.org/rdf/1"),
                "Harvest report", Instant.parse("2025-04-30T12:00:00Z"), "Lan Pham"));
    }

    @Test
    void readsAnAtomFeedWithRelativeLinksAndTakesUpdatedWhenNotPublished() throws UnreadableSource {
        String atom = """
                <?xml version="1.0" encoding="utf-8"?>
                <!-- exported by a blog engine -->
                <feed xmlns="http://www.w3.org/2005/Atom">
                  <title>Atom desk</title>
                  <id>urn:uuid:1</id>
                  <updated>2025-05-01T10:00:00Z</updated>
                  <entry>
                    <title>Published story</title>
                    <id>urn:uuid:2</id>
                    <link rel="alternate" href="stories/published"/>
                    <published>2025-05-01T09:00:00+02:00</published>
                    <updated>2025-05-01T11:00:00Z</updated>
                    <author><name>Hoa Le</name></author>
                  </entry>
                  <entry>
                    <title>Updated story</title>
                    <id>urn:uuid:3</id>
                    <link href="https://news.example.org/stories/updated"/>
                    <updated>2025-05-02T07:15:00Z</updated>
                  </entry>
                </feed>
                """;

        FeedContent feed = FeedReader.read(atom.getBytes(UTF_8), FEED_URL);

        assertThat(feed.title()).isEqualTo("Atom desk");
        assertThat(feed.items()).containsExactly(
                new FeedItem(URI.create("https://news.example.org/world/stories/published"), "Published story",
                        Instant.parse("2025-05-01T07:00:00Z"), "Hoa Le"),
                new FeedItem(URI.create("https://news.example.org/stories/updated"), "Updated story",
                        Instant.parse("2025-05-02T07:15:00Z"), null));
    }

    @Test
    void refusesAFeedWithAnExternalEntityAndNeverReadsTheFile(@TempDir Path folder) throws IOException {
        Path secret = Files.writeString(folder.resolve("secret.txt"), "SECRET-MARKER");
        byte[] xxe = xxeFeed(secret).getBytes(UTF_8);

        assertThatThrownBy(() -> FeedReader.read(xxe, FEED_URL))
                .isInstanceOf(UnreadableSource.class)
                .hasMessage("it declares a DTD, which Newsdesk does not read")
                .satisfies(refusal -> assertThat(refusal.toString()).doesNotContain("SECRET-MARKER"));
    }

    @Test
    void romeItselfRefusesTheDtdIfTheCheckBeforeParsingWereMissed(@TempDir Path folder) throws IOException {
        Path secret = Files.writeString(folder.resolve("secret.txt"), "SECRET-MARKER");
        byte[] xxe = xxeFeed(secret).getBytes(UTF_8);

        assertThatThrownBy(() -> FeedReader.syndFeed(xxe))
                .isInstanceOf(UnreadableSource.class)
                .hasMessageContaining("DOCTYPE")
                .hasMessageNotContaining("SECRET-MARKER");
    }

    @Test
    void refusesABodyThatIsNotXml() {
        byte[] json = "{\"items\": []}".getBytes(UTF_8);

        assertThatThrownBy(() -> FeedReader.read(json, FEED_URL))
                .isInstanceOf(UnreadableSource.class)
                .hasMessage("it is not XML: it begins with \"{\"items\": []}\"");
    }

    @Test
    void refusesBrokenXmlWithTheParsersReason() {
        byte[] broken = "<rss version=\"2.0\"><channel><title>cut".getBytes(UTF_8);

        assertThatThrownBy(() -> FeedReader.read(broken, FEED_URL))
                .isInstanceOf(UnreadableSource.class)
                .hasMessageStartingWith("it is not a well-formed XML feed: ");
    }

    @Test
    void refusesXmlThatIsNotAFeed() {
        byte[] sitemap = "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"/>".getBytes(UTF_8);

        assertThatThrownBy(() -> FeedReader.read(sitemap, FEED_URL))
                .isInstanceOf(UnreadableSource.class)
                .hasMessage("it is XML but not an RSS or Atom feed: urlset is not a feed's root element");
    }

    private static String xxeFeed(Path secret) {
        return """
                <?xml version="1.0"?>
                <!DOCTYPE rss [ <!ENTITY xxe SYSTEM "%s"> ]>
                <rss version="2.0"><channel><title>&xxe;</title>
                  <item><title>&xxe;</title><link>https://news.example.org/x</link></item>
                </channel></rss>
                """.formatted(secret.toUri());
    }
}
