package dev.newsdesk.ingest.enrich;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where an article's headline and lede are among its paragraphs, looking past leftover page furniture, photo captions,
 * bullet summaries and "Published ..." lines. An article that starts with its lede has no headline.
 */
final class ArticleLayout {

    private static final Pattern BULLET = Pattern.compile("^[•·▪●◦‣*-]\\s");
    private static final Pattern TIMESTAMP_LINE = Pattern.compile("^(?i:published|updated|last updated|first published|posted)\\b");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"”’')\\]]*$");
    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    /** Room for "AM EDT" or "Last updated". */
    private static final int MAXIMUM_WORDS_BESIDE_A_DATE = 2;
    private static final int MINIMUM_HEADLINE_WORDS = 3;
    private static final int MAXIMUM_HEADLINE_WORDS = 30;
    private static final int MINIMUM_LEDE_WORDS = 8;

    private final String headline;
    private final String lede;

    private ArticleLayout(String headline, String lede) {
        this.headline = headline;
        this.lede = lede;
    }

    static ArticleLayout of(List<String> paragraphs, PageFurniture furniture) {
        String headline = null;
        for (String paragraph : paragraphs) {
            String text = paragraph.strip();
            if (!isArticleText(text, furniture)) {
                continue;
            }
            if (isLede(text)) {
                return new ArticleLayout(headline, text);
            }
            if (headline == null && isHeadline(text)) {
                headline = text;
            }
        }
        return new ArticleLayout(headline, null);
    }

    Optional<String> headline() {
        return Optional.ofNullable(headline);
    }

    /** The first paragraph of the story proper, dateline included. */
    Optional<String> lede() {
        return Optional.ofNullable(lede);
    }

    static boolean isTimestampLine(String paragraph) {
        return TIMESTAMP_LINE.matcher(paragraph.strip()).find();
    }

    private static boolean isArticleText(String text, PageFurniture furniture) {
        return wordCount(text) >= MINIMUM_HEADLINE_WORDS && !furniture.isFurniture(text) && !PhotoCaptions.isCaption(text)
                && !BULLET.matcher(text).find() && !isTimestampLine(text) && !isDateLine(text);
    }

    /** A line that is a date and perhaps a time, and little else ("April 15, 2023 10:32 AM EDT"). */
    static boolean isDateLine(String text) {
        List<DateExpression> dates = DateExpressions.in(text);
        if (dates.isEmpty()) {
            return false;
        }
        StringBuilder rest = new StringBuilder(text);
        for (int index = dates.size() - 1; index >= 0; index--) {
            rest.delete(dates.get(index).start(), dates.get(index).end());
        }
        long words = Arrays.stream(rest.toString().split("\\s+"))
                .filter(word -> WORD.matcher(word).find() && !DIGIT.matcher(word).find()).count();
        return words <= MAXIMUM_WORDS_BESIDE_A_DATE;
    }

    private static boolean isLede(String text) {
        return DatelineParser.parse(text).isPresent()
                || (wordCount(text) >= MINIMUM_LEDE_WORDS && SENTENCE_END.matcher(text).find() && !text.endsWith("?"));
    }

    private static boolean isHeadline(String text) {
        return wordCount(text) <= MAXIMUM_HEADLINE_WORDS && !text.endsWith(".");
    }

    private static int wordCount(String text) {
        return text.isBlank() ? 0 : text.strip().split("\\s+").length;
    }
}
