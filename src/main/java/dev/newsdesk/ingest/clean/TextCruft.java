package dev.newsdesk.ingest.clean;

import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import dev.newsdesk.datafile.DataFile;

/** Recognizes a line of page furniture (ad markers, menus, player debris, ...) by the patterns of {@code ingest/text-cruft.txt}. */
final class TextCruft {

    static final String RESOURCE = "/ingest/text-cruft.txt";

    /** Furniture is short; longer lines are article text and skip the patterns, which also bounds their cost. */
    static final int LONGEST_CRUFT_LINE = 200;

    private static final TextCruft STANDARD = fromLines(DataFile.lines(RESOURCE));

    private final Pattern anyCruft;

    private TextCruft(Pattern anyCruft) {
        this.anyCruft = anyCruft;
    }

    static TextCruft standard() {
        return STANDARD;
    }

    static TextCruft fromLines(List<String> expressions) {
        StringBuilder alternation = new StringBuilder();
        for (String expression : expressions) {
            try {
                Pattern.compile(expression);
            } catch (PatternSyntaxException e) {
                throw new IllegalStateException("bad cruft pattern in " + RESOURCE + ": " + e.getMessage(), e);
            }
            alternation.append(alternation.isEmpty() ? "" : "|").append("(?:").append(expression).append(')');
        }
        return new TextCruft(Pattern.compile(alternation.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }

    /** True when the whole line, trimmed, is furniture. */
    boolean isCruft(String line) {
        String trimmed = line.strip();
        return trimmed.length() <= LONGEST_CRUFT_LINE && anyCruft.matcher(trimmed).matches();
    }
}
