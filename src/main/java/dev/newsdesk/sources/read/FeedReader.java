package dev.newsdesk.sources.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;

/**
 * Reads RSS 2.0 (and its 0.9x forerunners), RSS 1.0 (RDF) and Atom feeds with Rome. Documents that declare a DTD are
 * refused, so no entity, internal or external, is ever expanded.
 */
public final class FeedReader {

    private FeedReader() {
    }

    /**
     * The feed's title and its items, links resolved against {@code url}; items without an http(s) link are left out.
     *
     * @throws UnreadableSource if the body is not XML, declares a DTD, or is XML but not a feed
     */
    public static FeedContent read(byte[] body, URI url) throws UnreadableSource {
        XmlDocuments.requireXmlWithoutDtd(body);
        SyndFeed feed = syndFeed(body);
        List<FeedItem> items = new ArrayList<>();
        for (SyndEntry entry : feed.getEntries()) {
            URI link = link(entry, url);
            if (link != null) {
                items.add(new FeedItem(link, text(entry.getTitle()), published(entry), text(entry.getAuthor())));
            }
        }
        return new FeedContent(text(feed.getTitle()), items);
    }

    /** Rome's reading of the body, with DTDs refused by the parser itself (the check {@link #read} makes first aside). */
    static SyndFeed syndFeed(byte[] body) throws UnreadableSource {
        SyndFeedInput input = new SyndFeedInput();
        input.setAllowDoctypes(false);
        try (XmlReader reader = new XmlReader(new ByteArrayInputStream(body), true)) {
            return input.build(reader);
        } catch (FeedException | IOException notXml) {
            throw new UnreadableSource("it is not a well-formed XML feed: " + reason(notXml), notXml);
        } catch (IllegalArgumentException notAFeed) {
            throw new UnreadableSource("it is XML but not an RSS or Atom feed: " + XmlStart.of(body).name()
                    + " is not a feed's root element", notAFeed);
        }
    }

    private static URI link(SyndEntry entry, URI base) {
        URI link = Links.resolve(base, entry.getLink());
        if (link == null && entry.getLinks() != null) {
            for (SyndLink candidate : entry.getLinks()) {
                String rel = candidate.getRel();
                if (rel == null || rel.equals("alternate")) {
                    link = Links.resolve(base, candidate.getHref());
                    if (link != null) {
                        break;
                    }
                }
            }
        }
        // An RSS guid is the item's address when it is a permalink; Rome hands it over as the URI.
        return link != null ? link : Links.resolve(base, entry.getUri());
    }

    private static Instant published(SyndEntry entry) {
        Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        return date == null ? null : date.toInstant();
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String reason(Exception problem) {
        Throwable deepest = problem;
        while (deepest.getCause() != null && deepest.getCause() != deepest) {
            deepest = deepest.getCause();
        }
        String message = deepest.getMessage();
        return message == null ? deepest.getClass().getSimpleName() : message;
    }
}
