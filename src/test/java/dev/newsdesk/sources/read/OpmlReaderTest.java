package dev.newsdesk.sources.read;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpmlReaderTest {

    @Test
    void labelsEachFeedWithTheFoldersAroundIt() throws UnreadableSource {
        String opml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <opml version="2.0">
                  <head><title>Subscriptions</title></head>
                  <body>
                    <outline text="Vietnamese press">
                      <outline type="rss" text="VnExpress" xmlUrl="https://vnexpress.net/rss/tin-moi-nhat.rss"/>
                      <outline text="Regional" title="Regional press">
                        <outline text="Da Nang" title="Báo Đà Nẵng" xmlUrl="https://baodanang.vn/rss/home.rss"/>
                      </outline>
                    </outline>
                    <outline type="rss" text="Wire" xmlUrl="https://wire.example.org/feed"/>
                  </body>
                </opml>
                """;

        List<OpmlSource> sources = OpmlReader.read(opml.getBytes(UTF_8));

        assertThat(sources).containsExactly(
                new OpmlSource(URI.create("https://vnexpress.net/rss/tin-moi-nhat.rss"), "VnExpress",
                        List.of("Vietnamese press")),
                new OpmlSource(URI.create("https://baodanang.vn/rss/home.rss"), "Báo Đà Nẵng",
                        List.of("Vietnamese press", "Regional")),
                new OpmlSource(URI.create("https://wire.example.org/feed"), "Wire", List.of()));
    }

    @Test
    void addsCategoriesWithoutTheirLeadingSlashes() throws UnreadableSource {
        String opml = """
                <opml version="2.0"><body>
                  <outline text="Tech"><outline type="rss" text="Gadgets" category="/Hardware, //Reviews,,"
                      xmlUrl="https://gadgets.example.org/rss"/></outline>
                </body></opml>
                """;

        assertThat(OpmlReader.read(opml.getBytes(UTF_8)).get(0).labels())
                .containsExactly("Tech", "Hardware", "Reviews");
    }

    @Test
    void aFeedNestedUnderAFeedKeepsTheOuterFoldersOnly() throws UnreadableSource {
        String opml = """
                <opml version="1.0"><body>
                  <outline text="Business">
                    <outline type="rss" text="Markets" xmlUrl="https://markets.example.org/rss">
                      <outline type="rss" text="Markets Asia" xmlUrl="https://markets.example.org/asia/rss"/>
                    </outline>
                  </outline>
                </body></opml>
                """;

        assertThat(OpmlReader.read(opml.getBytes(UTF_8))).containsExactly(
                new OpmlSource(URI.create("https://markets.example.org/rss"), "Markets", List.of("Business")),
                new OpmlSource(URI.create("https://markets.example.org/asia/rss"), "Markets Asia",
                        List.of("Business")));
    }

    @Test
    void aFeedListedInTwoFoldersIsOneSourceWithBothLabels() throws UnreadableSource {
        String opml = """
                <opml version="2.0"><body>
                  <outline text="Morning"><outline text="Wire" xmlUrl="https://wire.example.org/feed"/></outline>
                  <outline text="Evening"><outline text="Wire again" xmlUrl="https://wire.example.org/feed"/></outline>
                </body></opml>
                """;

        assertThat(OpmlReader.read(opml.getBytes(UTF_8))).containsExactly(new OpmlSource(
                URI.create("https://wire.example.org/feed"), "Wire", List.of("Morning", "Evening")));
    }

    @Test
    void skipsOutlinesThatAreNotHttpFeeds() throws UnreadableSource {
        String opml = """
                <opml version="2.0"><body>
                  <outline type="link" text="Homepage" url="https://example.org/" xmlUrl="https://example.org/"/>
                  <outline type="rss" text="Local file" xmlUrl="file:///etc/passwd"/>
                  <outline type="rss" text="Relative" xmlUrl="/rss"/>
                  <outline type="RSS" text="Kept" xmlUrl=" https://kept.example.org/rss "/>
                </body></opml>
                """;

        assertThat(OpmlReader.read(opml.getBytes(UTF_8))).extracting(OpmlSource::title).containsExactly("Kept");
    }

    @Test
    void refusesAListWithAnExternalEntity(@TempDir Path folder) throws IOException {
        Path secret = Files.writeString(folder.resolve("secret.txt"), "SECRET-MARKER");
        String opml = """
                <?xml version="1.0"?>
                <!DOCTYPE opml [ <!ENTITY xxe SYSTEM "%s"> ]>
                <opml version="2.0"><body><outline text="&xxe;" xmlUrl="https://example.org/rss"/></body></opml>
                """.formatted(secret.toUri());

        assertThatThrownBy(() -> OpmlReader.read(opml.getBytes(UTF_8)))
                .isInstanceOf(UnreadableSource.class)
                .hasMessage("it declares a DTD, which Newsdesk does not read");
        assertThatThrownBy(() -> OpmlReader.parse(opml.getBytes(UTF_8)))
                .isInstanceOf(UnreadableSource.class)
                .hasMessageContaining("DOCTYPE")
                .hasMessageNotContaining("SECRET-MARKER");
    }

    @Test
    void refusesXmlThatIsNotOpml() {
        assertThatThrownBy(() -> OpmlReader.read("<rss version=\"2.0\"/>".getBytes(UTF_8)))
                .isInstanceOf(UnreadableSource.class)
                .hasMessage("it is XML but not OPML: its root element is <rss>");
    }

    @Test
    void refusesBrokenXmlWithTheParsersReason() {
        assertThatThrownBy(() -> OpmlReader.read("<opml><body><outline></body>".getBytes(UTF_8)))
                .isInstanceOf(UnreadableSource.class)
                .hasMessageStartingWith("it is not well-formed XML: ");
        assertThatThrownBy(() -> OpmlReader.read("Feeds: https://example.org/rss".getBytes(UTF_8)))
                .isInstanceOf(UnreadableSource.class)
                .hasMessageStartingWith("it is not XML: ");
    }

    @Test
    void refusesOutlinesNestedDeeperThanAnyReadersFolders() {
        String opml = "<opml><body>" + "<outline text=\"f\">".repeat(OpmlReader.MAXIMUM_DEPTH + 2)
                + "</outline>".repeat(OpmlReader.MAXIMUM_DEPTH + 2) + "</body></opml>";

        assertThatThrownBy(() -> OpmlReader.read(opml.getBytes(UTF_8)))
                .isInstanceOf(UnreadableSource.class)
                .hasMessage("its outlines are nested more than 100 deep");
    }
}
