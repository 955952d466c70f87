package dev.newsdesk.sources.read;

import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;

class ContentFormatsTest {

    private static final URI URL = URI.create("https://news.example.org/x");

    @Test
    void aFeedServedAsHtmlIsAFeed() {
        String rss = """
                <?xml version="1.0" encoding="UTF-8"?>
                <?xml-stylesheet type="text/xsl" href="/feed.xsl"?>
                <!-- generated -->
                <rss version="2.0"><channel/></rss>
                """;

        assertThat(ContentFormats.of(rss.getBytes(UTF_8), "text/html; charset=utf-8", URL)).isEqualTo(ContentFormat.FEED);
    }

    @Test
    void recognisesAtomAndRdfFeedsWhateverTheirPrefix() {
        assertThat(of("<feed xmlns=\"http://www.w3.org/2005/Atom\">", "text/plain")).isEqualTo(ContentFormat.FEED);
        assertThat(of("<atom:feed xmlns:atom=\"http://www.w3.org/2005/Atom\">", null)).isEqualTo(ContentFormat.FEED);
        assertThat(of("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">", "application/xml"))
                .isEqualTo(ContentFormat.FEED);
    }

    @Test
    void skipsAByteOrderMarkAndWhiteSpace() {
        assertThat(of("\uFEFF\n\n  <urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">", "text/html"))
                .isEqualTo(ContentFormat.SITEMAP);
    }

    @Test
    void readsUtf16Bodies() {
        byte[] body = ("\uFEFF<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">").getBytes(UTF_16LE);

        assertThat(ContentFormats.of(body, null, URL)).isEqualTo(ContentFormat.SITEMAP_INDEX);
    }

    @Test
    void looksInsideAGzippedSitemap() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            out.write("<?xml version=\"1.0\"?><sitemapindex>".getBytes(UTF_8));
        }

        assertThat(ContentFormats.of(bytes.toByteArray(), "application/x-gzip", URL))
                .isEqualTo(ContentFormat.SITEMAP_INDEX);
    }

    @Test
    void aFeedWithADoctypeIsStillAFeed() {
        assertThat(of("<!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS 0.91//EN\" \"x.dtd\"><rss>", null))
                .isEqualTo(ContentFormat.FEED);
    }

    @Test
    void anHtmlPageIsHtml() {
        assertThat(of("<!DOCTYPE html>\n<html lang=\"vi\"><head>", null)).isEqualTo(ContentFormat.HTML);
        assertThat(of("<!-- cached --><HTML><body>", "application/octet-stream")).isEqualTo(ContentFormat.HTML);
    }

    @Test
    void aFragmentServedAsHtmlIsHtml() {
        assertThat(of("<div class=\"story\">", "text/html")).isEqualTo(ContentFormat.HTML);
        assertThat(of("<div class=\"story\">", "application/xml")).isEqualTo(ContentFormat.OTHER);
    }

    @Test
    void jsonIsOtherEvenWhenServedAsHtml() {
        assertThat(of("{\"version\": \"https://jsonfeed.org/version/1.1\"}", "application/json"))
                .isEqualTo(ContentFormat.OTHER);
        assertThat(of("{\"items\": []}", "text/html")).isEqualTo(ContentFormat.OTHER);
    }

    @Test
    void neverThrowsOnOddBodies() {
        assertThat(ContentFormats.of(new byte[0], null, URL)).isEqualTo(ContentFormat.OTHER);
        assertThat(ContentFormats.of(null, null, null)).isEqualTo(ContentFormat.OTHER);
        assertThat(ContentFormats.of(new byte[] {0x1F, (byte) 0x8B, 1, 2}, null, URL)).isEqualTo(ContentFormat.OTHER);
        assertThat(of("<?xml version=\"1.0\"", "text/html")).isEqualTo(ContentFormat.HTML);
        assertThat(of("<!-- never closed", null)).isEqualTo(ContentFormat.OTHER);
        assertThat(of("<", null)).isEqualTo(ContentFormat.OTHER);
    }

    private static ContentFormat of(String body, String contentType) {
        return ContentFormats.of(body.getBytes(UTF_8), contentType, URL);
    }
}
