package dev.newsdesk.sources;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** What a source's URL is: a feed (RSS 2.0, RSS 1.0, Atom), an XML sitemap (news sitemaps, indexes), or a site's home page. */
public enum SourceKind {
    FEED, SITEMAP, SITE;

    @JsonValue
    public String parameter() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static SourceKind of(String parameter) {
        return valueOf(parameter.toUpperCase(Locale.ROOT));
    }
}
