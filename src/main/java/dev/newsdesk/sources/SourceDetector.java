package dev.newsdesk.sources;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.newsdesk.sources.fetch.FetchRefused;
import dev.newsdesk.sources.fetch.FetchRequest;
import dev.newsdesk.sources.fetch.Fetched;
import dev.newsdesk.sources.fetch.PageFetcher;
import dev.newsdesk.sources.fetch.RobotsRules;
import dev.newsdesk.sources.read.ContentFormat;
import dev.newsdesk.sources.read.ContentFormats;
import dev.newsdesk.sources.read.FeedDiscovery;
import dev.newsdesk.sources.read.FeedReader;
import dev.newsdesk.sources.read.SitemapReader;
import dev.newsdesk.sources.read.UnreadableSource;

/**
 * Fetches a URL an admin wants to follow and says what it is: a feed, a sitemap, or a site whose feeds are its
 * {@code <link rel="alternate">} links and whose sitemaps are in its {@code robots.txt} or at {@code /sitemap.xml}.
 */
class SourceDetector {

    private final PageFetcher fetcher;
    private final RobotsRules robots;

    SourceDetector(PageFetcher fetcher, RobotsRules robots) {
        this.fetcher = fetcher;
        this.robots = robots;
    }

    /** Throws {@link SourceProblem} (400) with the reason when the URL cannot be a source. */
    DetectedSource detect(URI url) throws IOException {
        Fetched page = fetched(url);
        ContentFormat format = ContentFormats.of(page.body(), page.contentType(), page.finalUrl());
        try {
            return switch (format) {
                case FEED -> {
                    FeedReader.read(page.body(), page.finalUrl());
                    yield new DetectedSource(SourceKind.FEED, List.of(url.toString()));
                }
                case SITEMAP, SITEMAP_INDEX -> {
                    SitemapReader.read(page.body(), page.finalUrl());
                    yield new DetectedSource(SourceKind.SITEMAP, List.of(url.toString()));
                }
                case HTML -> new DetectedSource(SourceKind.SITE, siteFollows(page));
                case OTHER -> throw SourceProblem.notASource(url.toString(), "it is neither a feed, a sitemap nor an HTML page"
                        + (page.contentType() == null ? "" : " (it sent " + page.contentType() + ")"));
            };
        } catch (UnreadableSource e) {
            throw SourceProblem.notASource(url.toString(), e.getMessage());
        }
    }

    /**
     * A page's feed links, then, for a home or section front, the site's sitemaps; none is a refusal. Another page
     * without a feed link (an article, say) is refused rather than taken for its whole site.
     */
    private List<String> siteFollows(Fetched home) throws IOException {
        Set<String> followed = new LinkedHashSet<>();
        FeedDiscovery.feedLinks(home.body(), home.finalUrl()).forEach(feed -> followed.add(feed.toString()));
        if (!isHomePage(home.finalUrl())) {
            if (followed.isEmpty()) {
                throw SourceProblem.notASource(home.requested().toString(), "it is HTML without a feed link"
                        + " (a site is followed through its sitemaps only from its home page, such as "
                        + home.finalUrl().resolve("/") + ")");
            }
            return List.copyOf(followed);
        }
        List<URI> sitemaps = new ArrayList<>(robots.sitemaps(home.finalUrl()));
        if (sitemaps.isEmpty()) {
            URI conventional = home.finalUrl().resolve("/sitemap.xml");
            if (isSitemap(conventional)) {
                sitemaps.add(conventional);
            }
        }
        sitemaps.forEach(sitemap -> followed.add(sitemap.toString()));
        if (followed.isEmpty()) {
            throw SourceProblem.notASource(home.requested().toString(),
                    "it is HTML without a feed link, and its site lists no sitemap (robots.txt, /sitemap.xml)");
        }
        return List.copyOf(followed);
    }

    /** A home or section front: its path is empty or ends in {@code /} ({@code https://outlet/}, {@code /world/}). */
    private static boolean isHomePage(URI url) {
        String path = url.getRawPath();
        return (path == null || path.isEmpty() || path.endsWith("/")) && url.getRawQuery() == null;
    }

    private boolean isSitemap(URI url) throws IOException {
        try {
            Fetched answer = fetcher.fetch(new FetchRequest(url, null, null));
            ContentFormat format = ContentFormats.of(answer.body(), answer.contentType(), answer.finalUrl());
            return answer.ok() && (format == ContentFormat.SITEMAP || format == ContentFormat.SITEMAP_INDEX);
        } catch (FetchRefused e) {
            return false;
        }
    }

    private Fetched fetched(URI url) throws IOException {
        try {
            Fetched page = fetcher.fetch(new FetchRequest(url, null, null));
            if (!page.ok()) {
                throw SourceProblem.notASource(url.toString(), "it answered " + page.status());
            }
            return page;
        } catch (FetchRefused e) {
            throw SourceProblem.notASource(url.toString(), e.getMessage());
        }
    }
}
