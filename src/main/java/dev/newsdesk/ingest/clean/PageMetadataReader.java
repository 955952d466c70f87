package dev.newsdesk.ingest.clean;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Reads what a page's head and markup say about its article: headline, site, publisher, canonical URL, dates. */
final class PageMetadataReader {

    /** Separators between a page title and the site name: "Headline | Site", "Site - Headline". */
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\\-–—:·•»]\\s+|\\s*\\|\\s*");

    private PageMetadataReader() {
    }

    static PageMetadata read(Document document, String baseUri) {
        String siteName = meta(document, "og:site_name");
        String canonicalUrl = firstNonBlank(
                document.select("link[rel~=(?i)^canonical$][href]").stream().map(link -> link.absUrl("href")).findFirst().orElse(null),
                meta(document, "og:url"));
        JsonLd jsonLd = JsonLd.of(document);
        return new PageMetadata(
                headline(document, siteName),
                siteName,
                jsonLd.publisherName(),
                canonicalUrl,
                host(canonicalUrl, baseUri),
                publishedTimes(document, jsonLd));
    }

    private static String headline(Document document, String siteName) {
        String openGraph = meta(document, "og:title");
        if (openGraph != null) {
            return siteName == null ? openGraph : withoutSiteName(openGraph, siteName);
        }
        Element h1 = document.selectFirst("article h1");
        if (h1 == null) {
            h1 = document.selectFirst("h1");
        }
        if (h1 != null && !h1.text().isBlank()) {
            return Lines.normalize(h1.text());
        }
        String title = Lines.normalize(document.title());
        return title.isEmpty() ? null : withoutSiteName(title, siteName);
    }

    static String withoutSiteName(String title, String siteName) {
        Matcher separator = TITLE_SEPARATOR.matcher(title);
        if (!separator.find()) {
            return title;
        }
        String lead = title.substring(0, separator.start()).strip();
        String afterLead = title.substring(separator.end()).strip();
        int lastStart = separator.start();
        int lastEnd = separator.end();
        while (separator.find()) {
            lastStart = separator.start();
            lastEnd = separator.end();
        }
        String beforeTail = title.substring(0, lastStart).strip();
        String tail = title.substring(lastEnd).strip();
        if (siteName == null) {
            // Without a declared site name, the usual shape is "Headline | Site", the site being the shorter part.
            return tail.length() < beforeTail.length() ? beforeTail : title;
        }
        if (tail.equalsIgnoreCase(siteName.strip())) {
            return beforeTail;
        }
        return lead.equalsIgnoreCase(siteName.strip()) ? afterLead : title;
    }

    private static List<String> publishedTimes(Document document, JsonLd jsonLd) {
        List<String> times = new ArrayList<>();
        jsonLd.datesPublished().forEach(date -> addOnce(times, date));
        addOnce(times, meta(document, "article:published_time"));
        Element time = document.selectFirst("time[datetime]");
        if (time != null) {
            addOnce(times, time.attr("datetime"));
        }
        return List.copyOf(times);
    }

    private static void addOnce(List<String> times, String time) {
        if (time != null && !time.isBlank() && !times.contains(time.strip())) {
            times.add(time.strip());
        }
    }

    private static String host(String canonicalUrl, String baseUri) {
        for (String url : new String[] {canonicalUrl, baseUri}) {
            if (url == null || url.isBlank()) {
                continue;
            }
            try {
                String host = new URI(url.strip()).getHost();
                if (host != null) {
                    return host.toLowerCase(Locale.ROOT);
                }
            } catch (URISyntaxException notAUrl) {
                // try the next source
            }
        }
        return null;
    }

    /** A meta tag's content by property (Open Graph) or name, null when absent or blank. */
    private static String meta(Document document, String key) {
        for (Element meta : document.select("meta[property], meta[name]")) {
            if (key.equalsIgnoreCase(meta.attr("property")) || key.equalsIgnoreCase(meta.attr("name"))) {
                String content = Lines.normalize(meta.attr("content"));
                if (!content.isEmpty()) {
                    return content;
                }
            }
        }
        return null;
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }
}
