package dev.newsdesk.sources.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * Tells feeds, sitemaps and HTML pages apart by their first few kilobytes. The body decides: servers send feeds as
 * text/html or text/plain, so the content type only settles what the body leaves open.
 */
public final class ContentFormats {

    private ContentFormats() {
    }

    /**
     * The format of a fetched body; a gzipped body (a sitemap.xml.gz) is looked at inside. {@code url} is not consulted
     * for now: a path ending says even less than a content type. Never throws.
     */
    public static ContentFormat of(byte[] body, String contentType, URI url) {
        if (body == null) {
            return ContentFormat.OTHER;
        }
        XmlStart start = XmlStart.of(Gzip.isGzip(body) ? gunzippedStart(body) : body);
        return switch (start.kind()) {
            case DOCTYPE -> byRoot(start.localName(), contentType);
            case ELEMENT -> byRoot(start.localName(), contentType);
            case UNKNOWN -> isHtml(contentType) ? ContentFormat.HTML : ContentFormat.OTHER;
            case TEXT -> ContentFormat.OTHER;
        };
    }

    private static ContentFormat byRoot(String localName, String contentType) {
        return switch (localName.toLowerCase(Locale.ROOT)) {
            case "rss", "rdf", "feed" -> ContentFormat.FEED;
            case "urlset" -> ContentFormat.SITEMAP;
            case "sitemapindex" -> ContentFormat.SITEMAP_INDEX;
            case "html" -> ContentFormat.HTML;
            default -> isHtml(contentType) ? ContentFormat.HTML : ContentFormat.OTHER;
        };
    }

    private static boolean isHtml(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.toLowerCase(Locale.ROOT).strip();
        return type.startsWith("text/html") || type.startsWith("application/xhtml+xml");
    }

    private static byte[] gunzippedStart(byte[] body) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return in.readNBytes(XmlStart.SNIFF_BYTES);
        } catch (IOException broken) {
            return new byte[0];
        }
    }
}
