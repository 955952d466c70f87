package dev.newsdesk.sources.read;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

import crawlercommons.domains.EffectiveTldFinder;
import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import crawlercommons.sitemaps.extension.Extension;
import crawlercommons.sitemaps.extension.ExtensionMetadata;
import crawlercommons.sitemaps.extension.NewsAttributes;

/**
 * Reads XML sitemaps and sitemap indexes, gzipped or not, with crawler-commons and its Google News extension.
 *
 * <p>Bounds are the sitemap protocol's: at most 50,000 URLs and 50 MB uncompressed; a document over either is refused
 * rather than cut short, since a cut list would pass for the whole. DTDs are refused.
 *
 * <p>Scope: crawler-commons's strict mode keeps only URLs under the sitemap's own folder, which drops most news sitemaps
 * ({@code /sitemaps/news.xml} lists {@code /2025/05/story}). So the parser is lenient, and this reader keeps instead the
 * http(s) URLs of the sitemap's own site, that is of the same registrable domain ({@code news.example.com} and
 * {@code www.example.com} for a sitemap on {@code example.com}), so that a sitemap cannot send the crawler elsewhere.
 */
public final class SitemapReader {

    static final int MAXIMUM_URLS = 50_000;
    static final int MAXIMUM_BYTES = 50 * 1024 * 1024;

    private SitemapReader() {
    }

    /**
     * The entries of a sitemap or the child sitemaps of an index.
     *
     * @throws UnreadableSource if the body is not a sitemap, declares a DTD, or is over the protocol's bounds
     */
    public static SitemapContent read(byte[] body, URI url) throws UnreadableSource {
        byte[] xml = uncompressed(body);
        XmlDocuments.requireXmlWithoutDtd(xml);
        AbstractSiteMap sitemap = parse(xml, url);
        if (sitemap instanceof SiteMapIndex index) {
            List<URI> children = index.getSitemaps().stream()
                    .map(child -> Links.resolve(null, child.getUrl().toExternalForm()))
                    .filter(Objects::nonNull)
                    .toList();
            return new SitemapContent(List.of(), children);
        }
        List<SitemapEntry> entries = new ArrayList<>();
        for (SiteMapURL entry : ((SiteMap) sitemap).getSiteMapUrls()) {
            URI link = Links.resolve(null, entry.getUrl().toExternalForm());
            if (link != null) {
                NewsAttributes news = news(entry);
                entries.add(new SitemapEntry(link, news == null ? null : text(news.getTitle()),
                        news == null || news.getPublicationDateTime() == null ? null
                                : news.getPublicationDateTime().toInstant(),
                        instant(entry.getLastModified())));
            }
        }
        return new SitemapContent(entries, List.of());
    }

    /** crawler-commons's reading of an uncompressed XML body, with its own refusal of DTDs on. */
    static AbstractSiteMap parse(byte[] xml, URI url) throws UnreadableSource {
        URL sitemapUrl = toUrl(url);
        SiteMapParser parser = new SiteMapParser(false, false);
        parser.setAllowDocTypeDefinitions(false);
        parser.enableExtension(Extension.NEWS);
        parser.setURLFilter(new SiteScope(url.getHost()));
        try {
            return parser.parseSiteMap("application/xml", xml, sitemapUrl);
        } catch (TooManyUrls tooMany) {
            throw new UnreadableSource("it lists more than 50,000 URLs, the most a sitemap may list");
        } catch (UnknownFormatException | IOException notASitemap) {
            throw new UnreadableSource("it is not a sitemap: " + notASitemap.getMessage(), notASitemap);
        }
    }

    private static byte[] uncompressed(byte[] body) throws UnreadableSource {
        if (!Gzip.isGzip(body)) {
            if (body.length > MAXIMUM_BYTES) {
                throw new UnreadableSource("it is larger than 50 MB, the most a sitemap may be");
            }
            return body;
        }
        try {
            byte[] xml = Gzip.gunzip(body, MAXIMUM_BYTES);
            if (xml == null) {
                throw new UnreadableSource("it is larger than 50 MB uncompressed, the most a sitemap may be");
            }
            return xml;
        } catch (IOException broken) {
            throw new UnreadableSource("it is not valid gzip: " + broken.getMessage(), broken);
        }
    }

    private static URL toUrl(URI url) throws UnreadableSource {
        if (!Links.isHttp(url)) {
            throw new UnreadableSource("its address is not an http(s) URL: " + url);
        }
        try {
            return url.toURL();
        } catch (MalformedURLException | IllegalArgumentException bad) {
            throw new UnreadableSource("its address is not a URL: " + url, bad);
        }
    }

    private static NewsAttributes news(SiteMapURL entry) {
        ExtensionMetadata[] attributes = entry.getAttributesForExtension(Extension.NEWS);
        if (attributes != null) {
            for (ExtensionMetadata attribute : attributes) {
                if (attribute instanceof NewsAttributes news) {
                    return news;
                }
            }
        }
        return null;
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Counts the URLs the parser meets (stopping it past the bound) and keeps those of the sitemap's own site. */
    private static final class SiteScope implements Function<String, String> {

        private final String site;
        private int seen;

        SiteScope(String host) {
            this.site = site(host);
        }

        @Override
        public String apply(String url) {
            if (++seen > MAXIMUM_URLS) {
                throw new TooManyUrls();
            }
            URI uri = Links.resolve(null, url);
            return uri != null && site.equals(site(uri.getHost())) ? url : null;
        }

        private static String site(String host) {
            String lowerCase = host.toLowerCase(Locale.ROOT);
            String domain = EffectiveTldFinder.getAssignedDomain(lowerCase);
            return domain == null ? lowerCase : domain;
        }
    }

    /** Thrown through the parser to stop it at the bound; never leaves this class. */
    private static final class TooManyUrls extends RuntimeException {

        private static final long serialVersionUID = 1L;

        TooManyUrls() {
            super(null, null, false, false);
        }
    }
}
