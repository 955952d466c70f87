package dev.newsdesk.sources.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Finds the feeds an HTML page announces with {@code <link rel="alternate" type="application/rss+xml" href="...">}. */
public final class FeedDiscovery {

    private static final Set<String> FEED_TYPES = Set.of("application/rss+xml", "application/atom+xml",
            "application/rdf+xml", "application/feed+json");

    private FeedDiscovery() {
    }

    /**
     * The page's feed links in document order, without repeats: resolved against the page URL (or the page's
     * {@code <base href>}), http(s) only. The charset is the page's own (byte order mark or meta), else UTF-8.
     */
    public static List<URI> feedLinks(byte[] html, URI pageUrl) {
        Document page = parse(html, pageUrl);
        Set<URI> feeds = new LinkedHashSet<>();
        for (Element link : page.select("link[rel][type][href]")) {
            if (isAlternate(link.attr("rel")) && FEED_TYPES.contains(mediaType(link.attr("type")))) {
                // absUrl follows the document's base URI, which jsoup sets from the first <base href>.
                URI feed = Links.resolve(null, link.absUrl("href"));
                if (feed != null) {
                    feeds.add(feed);
                }
            }
        }
        return List.copyOf(feeds);
    }

    private static Document parse(byte[] html, URI pageUrl) {
        try {
            return Jsoup.parse(new ByteArrayInputStream(html), null, pageUrl == null ? "" : pageUrl.toString());
        } catch (IOException impossible) {
            // A byte array cannot fail to be read.
            throw new UncheckedIOException(impossible);
        }
    }

    private static boolean isAlternate(String rel) {
        for (String token : rel.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (token.equals("alternate")) {
                return true;
            }
        }
        return false;
    }

    private static String mediaType(String type) {
        int parameters = type.indexOf(';');
        return (parameters < 0 ? type : type.substring(0, parameters)).strip().toLowerCase(Locale.ROOT);
    }
}
