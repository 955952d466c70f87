package dev.newsdesk.ingest.clean;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Cleans a plain-text dump of a news page line by line: furniture and repeated lines go, every other line is a paragraph.
 * The furniture patterns are in {@code ingest/text-cruft.txt}. Thread-safe.
 */
public final class TextDumpCleaner {

    private final TextCruft cruft;

    public TextDumpCleaner() {
        this(TextCruft.standard());
    }

    TextDumpCleaner(TextCruft cruft) {
        this.cruft = cruft;
    }

    /** The article's lines; none when the text is decoded binary data. */
    public CleanedArticle clean(String text) {
        if (BinaryContent.looksBinary(text)) {
            return new CleanedArticle(List.of(), PageMetadata.NONE);
        }
        List<String> paragraphs = new ArrayList<>();
        // Photo captions and video titles come back several times in a dump; the first copy is the one in place.
        Set<String> seen = new HashSet<>();
        int start = 0;
        int length = text.length();
        while (start < length) {
            int end = lineEnd(text, start);
            String raw = text.substring(start, end);
            String line = Lines.normalize(raw);
            if (!line.isEmpty() && !Lines.isUnreadable(raw) && !cruft.isCruft(line) && seen.add(line)) {
                paragraphs.add(line);
            }
            start = end + 1;
            if (end < length && text.charAt(end) == '\r' && start < length && text.charAt(start) == '\n') {
                start++;
            }
        }
        return new CleanedArticle(List.copyOf(paragraphs), PageMetadata.NONE);
    }

    private static int lineEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
                return i;
            }
        }
        return text.length();
    }
}
