package dev.newsdesk.article;

import java.util.List;
import java.util.Locale;

import dev.newsdesk.elasticsearch.ArticleDocument;
import dev.newsdesk.search.Facet;
import dev.newsdesk.search.SearchLinks;
import dev.newsdesk.web.DisplayDates;
import dev.newsdesk.web.DisplayNames;

/**
 * What the article page shows, worked out in Java so that its template only lays it out: the article's words and
 * names as the page writes them, its paragraphs with mentions linked, the links to its outlet and agency, its entity
 * groups and related articles. Dates are written as the results page writes them.
 */
public record ArticlePage(
        ArticleDocument article,
        String title,
        String outlet,
        String publishedText,
        String outletUrl,
        String agencyUrl,
        String sourceLink,
        List<List<MentionSegment>> paragraphs,
        List<EntityGroup> entities,
        List<Related> related) {

    static ArticlePage of(ArticleDocument article, List<StoredArticle> related) {
        String outletValue = article.outlet() == null ? ArticleDocument.UNKNOWN_OUTLET : article.outlet();
        return new ArticlePage(article,
                DisplayNames.title(article.title()),
                DisplayNames.outlet(article.outlet()),
                article.published() == null ? null : DisplayDates.day(article.published()),
                SearchLinks.forValue(Facet.OUTLET, outletValue),
                article.agency() == null ? null : SearchLinks.forValue(Facet.AGENCY, article.agency()),
                webAddress(article.url()),
                MentionLinks.paragraphs(article),
                List.of(new EntityGroup(Facet.PERSON, article.people(), article.mentions()),
                        new EntityGroup(Facet.ORGANIZATION, article.organizations(), article.mentions()),
                        new EntityGroup(Facet.PLACE, article.places(), article.mentions())),
                related.stream().map(Related::of).toList());
    }

    /** The source address as a link only when it is a web address: a stored {@code javascript:} URL must not be one. */
    private static String webAddress(String url) {
        if (url == null) {
            return null;
        }
        String scheme = url.strip().toLowerCase(Locale.ROOT);
        return scheme.startsWith("http://") || scheme.startsWith("https://") ? url : null;
    }

    /** A related article as the side column lists it. */
    public record Related(String link, String title, String outlet, String published, String publishedText) {

        static Related of(StoredArticle stored) {
            ArticleDocument document = stored.document();
            return new Related(stored.link(), DisplayNames.title(document.title()), DisplayNames.outlet(document.outlet()),
                    document.published() == null ? null : document.published().toString(),
                    document.published() == null ? null : DisplayDates.day(document.published()));
        }
    }
}
