package dev.newsdesk.sources.fetch;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRules.RobotRulesMode;
import crawlercommons.robots.SimpleRobotRulesParser;

/**
 * What each site's robots.txt lets the crawler fetch (RFC 9309), read once per {@code robotsCacheTime} per scheme,
 * host and port. A missing robots.txt (4xx) allows everything; one the site fails to serve (5xx, or an unexpected
 * answer) disallows everything until it is read again.
 */
public class RobotsRules {

    private final PageFetcher fetcher;
    private final long cacheNanos;
    private final Map<String, Site> sites = new ConcurrentHashMap<>();

    public RobotsRules(PageFetcher fetcher, FetchProperties properties) {
        this.fetcher = fetcher;
        this.cacheNanos = properties.robotsCacheTime().toNanos();
    }

    /**
     * Whether the site's robots.txt lets the crawler fetch the URL. A robots.txt that cannot be fetched at all (refused,
     * timed out) is a {@link FetchRefused} of the URL, saying why.
     */
    public boolean allowed(URI url) throws IOException {
        return rules(url).isAllowed(url.toString());
    }

    /** The Crawl-delay the site's robots.txt asks of the crawler, or zero. */
    public java.time.Duration crawlDelay(URI url) throws IOException {
        long millis = rules(url).getCrawlDelay();
        return millis > 0 ? java.time.Duration.ofMillis(millis) : java.time.Duration.ZERO;
    }

    /** The sitemaps the site's robots.txt names, in its order. */
    public List<URI> sitemaps(URI siteUrl) throws IOException {
        List<URI> sitemaps = new ArrayList<>();
        URI robots = robotsUrl(siteUrl);
        for (String sitemap : rules(siteUrl).getSitemaps()) {
            try {
                sitemaps.add(robots.resolve(new URI(sitemap.strip())));
            } catch (URISyntaxException e) {
                // a line that names no URL points to no sitemap
            }
        }
        return sitemaps;
    }

    private static final class Site {
        BaseRobotRules rules;
        long readAtNanos;
    }

    private BaseRobotRules rules(URI url) throws IOException {
        URI robots = robotsUrl(url);
        Site site = sites.computeIfAbsent(robots.toString(), key -> new Site());
        synchronized (site) { // one fetch per site, the other callers wait for it
            if (site.rules == null || System.nanoTime() - site.readAtNanos > cacheNanos) {
                site.rules = read(url, robots);
                site.readAtNanos = System.nanoTime();
            }
            return site.rules;
        }
    }

    private BaseRobotRules read(URI page, URI robots) throws IOException {
        Fetched answer;
        try {
            answer = fetcher.fetch(FetchRequest.of(robots));
        } catch (FetchRefused e) {
            throw new FetchRefused(page, "its robots.txt (" + robots + ") could not be read: " + e.reason(), e.lasting(), e);
        }
        int status = answer.status();
        if (answer.ok()) {
            return new SimpleRobotRulesParser().parseContent(answer.finalUrl().toString(), answer.body(),
                    answer.contentType(), List.of(UserAgent.ROBOTS_NAME));
        }
        if (status >= 400 && status < 500 && status != 429) {
            return new SimpleRobotRules(RobotRulesMode.ALLOW_ALL);
        }
        return new SimpleRobotRules(RobotRulesMode.ALLOW_NONE); // RFC 9309: unreachable means disallowed
    }

    static URI robotsUrl(URI url) throws FetchRefused {
        if (url.getScheme() == null || url.getHost() == null) {
            throw new FetchRefused(url, "it is not an http or https URL", true);
        }
        try {
            return new URI(url.getScheme().toLowerCase(Locale.ROOT), null, url.getHost().toLowerCase(Locale.ROOT),
                    url.getPort(), "/robots.txt", null, null);
        } catch (URISyntaxException e) {
            throw new FetchRefused(url, "it is not a URL that can be fetched", true, e);
        }
    }
}
