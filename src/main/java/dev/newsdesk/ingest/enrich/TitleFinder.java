package dev.newsdesk.ingest.enrich;

import java.util.regex.Pattern;

import dev.newsdesk.ingest.sidecar.Sidecar;
import dev.newsdesk.ingest.clean.CleanedArticle;

/** Titles an article: sidecar, then the page's headline, then the text's headline, then its lead sentence, then the file name. */
final class TitleFinder {

    static final int MAXIMUM_DERIVED_TITLE_LENGTH = 120;
    private static final Pattern FINAL_PUNCTUATION = Pattern.compile("[\\s.,;:—–-]+$");
    private static final String ELLIPSIS = "…";

    private TitleFinder() {
    }

    static String find(CleanedArticle article, Sidecar sidecar, ArticleLayout layout, String fileName) {
        return find(article, sidecar, Listing.NONE, layout, fileName);
    }

    static String find(CleanedArticle article, Sidecar sidecar, Listing listing, ArticleLayout layout, String fileName) {
        if (hasText(sidecar.title())) {
            return sidecar.title().strip();
        }
        if (hasText(article.metadata().headline())) {
            return article.metadata().headline().strip();
        }
        if (hasText(listing.title())) {
            return listing.title().strip();
        }
        return layout.headline()
                .or(() -> layout.lede().map(TitleFinder::fromLede))
                .orElse(fileName);
    }

    /** A title from the lede's first sentence, dateline removed, cut at a word to fit. */
    static String fromLede(String lede) {
        String sentence = LeadSentence.of(DatelineParser.withoutDateline(lede));
        String title = FINAL_PUNCTUATION.matcher(sentence).replaceFirst("");
        if (title.length() <= MAXIMUM_DERIVED_TITLE_LENGTH) {
            return title;
        }
        String cut = title.substring(0, MAXIMUM_DERIVED_TITLE_LENGTH - ELLIPSIS.length() + 1);
        int lastSpace = cut.lastIndexOf(' ');
        cut = lastSpace > 0 ? cut.substring(0, lastSpace) : cut.substring(0, cut.length() - 1);
        return FINAL_PUNCTUATION.matcher(cut).replaceFirst("") + ELLIPSIS;
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
