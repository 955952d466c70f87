package dev.newsdesk.ingest.enrich;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dateline that opens a story: "HANOI:", "HANOI (AFP):", "WASHINGTON (Reuters) -", "SAN FRANCISCO, Calif., April 15 (AP) —",
 * "Hanoi (AFP) -". A place in title case needs a source in parentheses, so that a headline is not taken for a dateline.
 */
final class DatelineParser {

    private static final String DATE = "(?:,\\s*(?<date>[A-Z][a-z]{2,8}\\.?\\s+\\d{1,2}(?:,\\s*(?:19|20)\\d{2})?))?";
    private static final String REGION = "(?:,\\s*(?<region>[A-Z][A-Za-z.]+(?:\\s[A-Z][A-Za-z.]+)?))?";
    private static final String SOURCE = "\\s*\\((?<source>[A-Za-z][A-Za-z .&'-]{0,38}[A-Za-z.])\\)";
    private static final String SEPARATOR = "(?:\\s*:|\\s+[-–—]{1,2}|\\s*[–—])\\s+";

    private static final Pattern UPPER_CASE_PLACE = Pattern.compile(
            "^(?<place>[A-Z][A-Z'.-]+(?:\\s[A-Z][A-Z'.-]+){0,3})" + REGION + DATE + "(?:" + SOURCE + ")?" + SEPARATOR);
    private static final Pattern TITLE_CASE_PLACE = Pattern.compile(
            "^(?<place>[A-Z][a-z'.-]+(?:\\s[A-Z][a-z'.-]+){0,3})" + REGION + DATE + SOURCE + SEPARATOR);

    /** Labels that open lines the way a place does but are not places. */
    private static final Set<String> LABELS = Set.of("FILE", "FILE PHOTO", "WATCH", "UPDATE", "UPDATED", "BREAKING", "BREAKING NEWS",
            "EXCLUSIVE", "VIDEO", "PHOTOS", "ANALYSIS", "OPINION", "LIVE", "EDITORIAL", "NOTE", "CORRECTION");

    private DatelineParser() {
    }

    static Optional<Dateline> parse(String paragraph) {
        String text = paragraph.stripLeading();
        for (Pattern pattern : new Pattern[] {UPPER_CASE_PLACE, TITLE_CASE_PLACE}) {
            Matcher matcher = pattern.matcher(text);
            if (matcher.find() && !LABELS.contains(matcher.group("place"))) {
                int length = matcher.end() + (paragraph.length() - text.length());
                return Optional.of(new Dateline(matcher.group("place"), matcher.group("date"), matcher.group("source"), length));
            }
        }
        return Optional.empty();
    }

    static String withoutDateline(String paragraph) {
        return parse(paragraph).map(dateline -> paragraph.substring(dateline.length())).orElse(paragraph);
    }
}
