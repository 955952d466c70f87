package dev.newsdesk.saved;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.springframework.stereotype.Component;

import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;

import co.elastic.clients.elasticsearch.core.search.Hit;
import dev.newsdesk.elasticsearch.ArticleDocument;
import dev.newsdesk.search.SearchLinks;
import dev.newsdesk.web.DisplayNames;

/** The Atom feed of a saved search: its newest articles by ingestion, each with id, title, updated time, link and summary. */
@Component
class SavedSearchFeed {

    static final String ATOM = "atom_1.0";
    static final int SUMMARY_LENGTH = 300;
    private final SavedSearchMatches matches;
    private final SavedProperties properties;
    private final FeedLinks links;

    SavedSearchFeed(SavedSearchMatches matches, SavedProperties properties, FeedLinks links) {
        this.matches = matches;
        this.properties = properties;
        this.links = links;
    }

    String atom(SavedSearch saved) throws IOException {
        CanonicalSearch search = CanonicalSearch.parse(saved.query());
        List<SyndEntry> entries = new ArrayList<>();
        Instant newest = saved.createdAt();
        for (Hit<ArticleDocument> hit : matches.newest(search.criteria(), properties.feedEntries())) {
            ArticleDocument article = hit.source();
            Instant updated = article.ingestedAt() != null ? article.ingestedAt() : saved.createdAt();
            newest = updated.isAfter(newest) ? updated : newest;
            entries.add(entry(hit.id(), article, updated));
        }
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType(ATOM);
        // The feed's identity, which feed readers keep: it stays as the first feeds published it.
        feed.setUri("urn:newsdesk:saved-query:" + saved.feedToken());
        feed.setTitle("Newsdesk: " + saved.name());
        feed.setLink(links.absolute(search.url()));
        feed.setLinks(List.of(link("alternate", links.absolute(search.url())), link("self", links.feed(saved))));
        feed.setPublishedDate(Date.from(newest));
        SyndPersonImpl author = new SyndPersonImpl();
        author.setName("Newsdesk");
        feed.setAuthors(List.of(author));
        feed.setEntries(entries);
        try {
            return new SyndFeedOutput().outputString(feed);
        } catch (FeedException e) {
            throw new IllegalStateException("the saved search's feed could not be written", e);
        }
    }

    private SyndEntry entry(String id, ArticleDocument article, Instant updated) {
        String url = links.absolute(SearchLinks.article(id));
        SyndEntry entry = new SyndEntryImpl();
        entry.setUri(url);
        entry.setLink(url);
        entry.setTitle(DisplayNames.title(article.title()));
        entry.setUpdatedDate(Date.from(updated));
        if (article.published() != null) {
            entry.setPublishedDate(Date.from(article.published().atStartOfDay(java.time.ZoneOffset.UTC).toInstant()));
        }
        SyndContentImpl summary = new SyndContentImpl();
        summary.setType("text");
        summary.setValue(summary(article));
        entry.setDescription(summary);
        return entry;
    }

    /** The outlet and the body's first words, cut at a word boundary. */
    static String summary(ArticleDocument article) {
        String body = article.body() == null ? "" : article.body().replaceAll("\\s+", " ").strip();
        if (body.length() > SUMMARY_LENGTH) {
            int cut = body.lastIndexOf(' ', SUMMARY_LENGTH);
            body = body.substring(0, cut > 0 ? cut : SUMMARY_LENGTH) + " …";
        }
        String outlet = article.outlet() == null ? "" : article.outlet() + ": ";
        return body.isEmpty() ? outlet + "(no text)" : outlet + body;
    }

    private static SyndLink link(String rel, String href) {
        SyndLinkImpl link = new SyndLinkImpl();
        link.setRel(rel);
        link.setHref(href);
        return link;
    }
}
