package dev.newsdesk.ingest.clean;

import java.util.List;

/**
 * What cleaning makes of one file: the article's paragraphs in reading order, cruft removed (headlines, bullet
 * summaries, quotes and sub-headings are kept as paragraphs of their own; no paragraph spans a line break of the
 * source), plus what the page's markup said about the article (all empty for text dumps).
 */
public record CleanedArticle(List<String> paragraphs, PageMetadata metadata) {

    public String body() {
        return String.join("\n\n", paragraphs);
    }
}
