package dev.newsdesk.ingest.enrich;

import java.util.List;
import java.util.regex.Pattern;
import dev.newsdesk.datafile.DataFile;

/** Recognizes lines of page furniture (ad markers, prompts, trust badges, player debris) that give no title and no entity. */
final class PageFurniture {

    private static final String RESOURCE = "ingest/enrich/page-furniture.txt";

    private final List<Pattern> patterns;

    PageFurniture(List<Pattern> patterns) {
        this.patterns = List.copyOf(patterns);
    }

    static PageFurniture standard() {
        return new PageFurniture(DataFile.lines(RESOURCE).stream()
                .map(regex -> Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))
                .toList());
    }

    boolean isFurniture(String line) {
        String trimmed = line.strip();
        return patterns.stream().anyMatch(pattern -> pattern.matcher(trimmed).find());
    }
}
