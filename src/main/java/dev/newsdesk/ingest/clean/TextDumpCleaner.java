package dev.newsdesk.ingest.clean;

import java.util.List;

/** STUB until the cleaning branch lands. */
public class TextDumpCleaner {
    public CleanedArticle clean(String text) {
        return new CleanedArticle(text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList(), PageMetadata.NONE);
    }
}
