package dev.newsdesk.sources.read;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SitemapReaderTest {

    private static final URI SITEMAP_URL = URI.create("https://www.example.org/sitemaps/news.xml");

    @Test
    void readsTitlesAndPublicationDatesOfAGoogleNewsSitemap() throws UnreadableSource {
        String sitemap = """
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
                        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
                  <url>
                    <loc>https://www.example.org/2025/05/06/port-strike</loc>
                    <news:news>
                      <news:publication><news:name>Example Times</news:name><news:language>en</news:language></news:publication>
                      <news:publication_date>2025-05-06T09:15:00+07:00</news:publication_date>
                      <news:title>Port workers strike</news:title>
                    </news:news>
                  </url>
                </urlset>
                """;

        SitemapContent content = SitemapReader.read(sitemap.getBytes(UTF_8), SITEMAP_URL);

        assertThat(content.entries()).containsExactly(new SitemapEntry(
                URI.create("https://www.example.org/2025/05/06/port-strike"), "Port workers strike",
                Instant.parse("2025-05-06T02:15:00Z"), null));
        assertThat(content.childSitemaps()).isEmpty();
    }

    @Test
    void readsLastmodOfAPlainSitemap() throws UnreadableSource {
        SitemapContent content = SitemapReader.read(plainSitemap().getBytes(UTF_8), SITEMAP_URL);

        assertThat(content.entries()).containsExactly(
                new SitemapEntry(URI.create("https://www.example.org/about"), null, null,
                        Instant.parse("2025-04-01T00:00:00Z")),
                new SitemapEntry(URI.create("https://www.example.org/2025/04/budget"), null, null,
                        Instant.parse("2025-04-02T10:30:00Z")));
    }

    @Test
    void keepsTheUrlsOfTheSitemapsOwnSiteOnly() throws UnreadableSource {
        String sitemap = """
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <url><loc>https://news.example.org/story</loc></url>
                  <url><loc>https://elsewhere.example.com/story</loc></url>
                  <url><loc>ftp://www.example.org/file</loc></url>
                </urlset>
                """;

        SitemapContent content = SitemapReader.read(sitemap.getBytes(UTF_8), SITEMAP_URL);

        assertThat(content.entries()).extracting(SitemapEntry::url)
                .containsExactly(URI.create("https://news.example.org/story"));
    }

    @Test
    void listsTheChildSitemapsOfAnIndex() throws UnreadableSource {
        String index = """
                <?xml version="1.0" encoding="UTF-8"?>
                <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <sitemap><loc>https://www.example.org/sitemaps/2025-05.xml</loc><lastmod>2025-05-06</lastmod></sitemap>
                  <sitemap><loc>https://www.example.org/sitemaps/2025-04.xml.gz</loc></sitemap>
                </sitemapindex>
                """;

        SitemapContent content = SitemapReader.read(index.getBytes(UTF_8), SITEMAP_URL);

        assertThat(content.entries()).isEmpty();
        assertThat(content.childSitemaps()).containsExactlyInAnyOrder(
                URI.create("https://www.example.org/sitemaps/2025-05.xml"),
                URI.create("https://www.example.org/sitemaps/2025-04.xml.gz"));
    }

    @Test
    void readsAGzippedSitemap() throws Exception {
        byte[] gzipped = gzip(plainSitemap().getBytes(UTF_8));

        SitemapContent content = SitemapReader.read(gzipped, URI.create("https://www.example.org/sitemap.xml.gz"));

        assertThat(content.entries()).extracting(SitemapEntry::url).containsExactly(
                URI.create("https://www.example.org/about"), URI.create("https://www.example.org/2025/04/budget"));
    }

    @Test
    void refusesASitemapOfMoreThan50000Urls() {
        byte[] sitemap = sitemapOf(SitemapReader.MAXIMUM_URLS + 1).getBytes(UTF_8);

        assertThatThrownBy(() -> SitemapReader.read(sitemap, SITEMAP_URL))
                .isInstanceOf(UnreadableSource.class)
                .hasMessage("it lists more than 50,000 URLs, the most a sitemap may list");
    }

    @Test
    void readsASitemapOfExactly50000Urls() throws UnreadableSource {
        byte[] sitemap = sitemapOf(SitemapReader.MAXIMUM_URLS).getBytes(UTF_8);

        assertThat(SitemapReader.read(sitemap, SITEMAP_URL).entries()).hasSize(SitemapReader.MAXIMUM_URLS);
    }

    @Test
    void refusesAGzippedSitemapOfMoreThan50MegabytesUncompressed() throws IOException {
        byte[] bomb = gzip(new byte[SitemapReader.MAXIMUM_BYTES + 1]);

        assertThat(bomb.length).isLessThan(100_000);
        assertThatThrownBy(() -> SitemapReader.read(bomb, SITEMAP_URL))
                .isInstanceOf(UnreadableSource.class)
                .hasMessage("it is larger than 50 MB uncompressed, the most a sitemap may be");
    }

    @Test
    void refusesASitemapWithAnExternalEntity(@TempDir Path folder) throws IOException {
        byte[] xxe = xxeSitemap(Files.writeString(folder.resolve("secret.txt"), "SECRET-MARKER")).getBytes(UTF_8);

        assertThatThrownBy(() -> SitemapReader.read(xxe, SITEMAP_URL))
                .isInstanceOf(UnreadableSource.class)
                .hasMessage("it declares a DTD, which Newsdesk does not read");
    }

    @Test
    void crawlerCommonsItselfRefusesTheDtdIfTheCheckBeforeParsingWereMissed(@TempDir Path folder) throws IOException {
        Path secret = Files.writeString(folder.resolve("secret.txt"), "https://www.example.org/SECRET-MARKER");
        byte[] xxe = xxeSitemap(secret).getBytes(UTF_8);

        assertThatThrownBy(() -> SitemapReader.parse(xxe, SITEMAP_URL))
                .isInstanceOf(UnreadableSource.class)
                .hasMessageStartingWith("it is not a sitemap: ")
                .hasMessageNotContaining("SECRET-MARKER");
    }

    @Test
    void refusesABodyThatIsNotXml() {
        byte[] html = "not a sitemap at all".getBytes(UTF_8);

        assertThatThrownBy(() -> SitemapReader.read(html, SITEMAP_URL))
                .isInstanceOf(UnreadableSource.class)
                .hasMessageStartingWith("it is not XML: ");
    }

    private static String plainSitemap() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <url><loc>https://www.example.org/about</loc><lastmod>2025-04-01</lastmod></url>
                  <url><loc>https://www.example.org/2025/04/budget</loc><lastmod>2025-04-02T10:30:00Z</lastmod></url>
                </urlset>
                """;
    }

    private static String sitemapOf(int urls) {
        StringBuilder sitemap = new StringBuilder("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
        for (int i = 0; i < urls; i++) {
            sitemap.append("<url><loc>https://www.example.org/a/").append(i).append("</loc></url>\n");
        }
        return sitemap.append("</urlset>").toString();
    }

    private static String xxeSitemap(Path secret) {
        return """
                <?xml version="1.0"?>
                <!DOCTYPE urlset [ <!ENTITY xxe SYSTEM "%s"> ]>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <url><loc>&xxe;</loc></url>
                </urlset>
                """.formatted(secret.toUri());
    }

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            out.write(data);
        }
        return bytes.toByteArray();
    }
}
