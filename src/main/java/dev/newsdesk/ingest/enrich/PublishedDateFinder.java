package dev.newsdesk.ingest.enrich;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import dev.newsdesk.ingest.sidecar.Sidecar;
import dev.newsdesk.ingest.clean.CleanedArticle;

/**
 * Dates an article: sidecar, then the page's metadata, then a "Published ..." (else "Updated ...") line, then a line that
 * is only a date above the lede, then the dateline, then a weekday-anchored date in the lede, then a story photo dated on
 * the weekday the lede reports. Dates in file photos and dates of other events in the body are never taken. "Published"
 * lines and captions are looked for in the page's lines before cleaning, in case the cleaner took them for cruft.
 */
final class PublishedDateFinder {

    private static final Pattern ISO_DATE = Pattern.compile("^\\s*(\\d{4}-\\d{2}-\\d{2})");
    private static final Map<DayOfWeek, Pattern> WEEKDAY_NAMES = weekdayNames();
    private static final Pattern PUBLISHED_LINE = Pattern.compile("^(?i:published|first published|posted)\\b");

    private final Clock clock;

    PublishedDateFinder(Clock clock) {
        this.clock = clock;
    }

    PublishedDate find(CleanedArticle article, Sidecar sidecar, ArticleLayout layout, List<String> pageLines) {
        return find(article, sidecar, Listing.NONE, layout, pageLines);
    }

    PublishedDate find(CleanedArticle article, Sidecar sidecar, Listing listing, ArticleLayout layout, List<String> pageLines) {
        return dateIn(sidecar.published(), "sidecar")
                .or(() -> article.metadata().publishedTimes().stream()
                        .map(time -> dateIn(time, "page-metadata")).flatMap(Optional::stream).findFirst())
                .or(() -> dateIn(listing.published(), "feed-item"))
                .or(() -> fromTimestampLines(pageLines))
                .or(() -> fromDateLineAboveLede(pageLines, layout))
                .or(() -> layout.lede().flatMap(this::fromDateline))
                .or(() -> layout.lede().flatMap(this::fromLedeWeekday))
                .or(() -> layout.lede().flatMap(lede -> fromStoryPhoto(pageLines, lede)))
                .orElse(PublishedDate.UNKNOWN);
    }

    private Optional<PublishedDate> dateIn(String value, String rule) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        var iso = ISO_DATE.matcher(value);
        if (iso.find()) {
            try {
                return Optional.of(new PublishedDate(LocalDate.parse(iso.group(1)), rule));
            } catch (java.time.format.DateTimeParseException notADate) {
                return Optional.empty();
            }
        }
        return DateExpressions.in(value).stream().findFirst().map(expression -> new PublishedDate(complete(expression), rule));
    }

    private Optional<PublishedDate> fromTimestampLines(List<String> paragraphs) {
        List<String> lines = paragraphs.stream().filter(ArticleLayout::isTimestampLine).toList();
        return lines.stream().filter(line -> PUBLISHED_LINE.matcher(line.strip()).find()).findFirst()
                .flatMap(line -> dateIn(line, "published-line"))
                .or(() -> lines.stream().map(line -> dateIn(line, "updated-line")).flatMap(Optional::stream).findFirst());
    }

    private Optional<PublishedDate> fromDateLineAboveLede(List<String> pageLines, ArticleLayout layout) {
        int ledeIndex = layout.lede().map(pageLines::indexOf).filter(index -> index >= 0).orElse(pageLines.size());
        return pageLines.subList(0, ledeIndex).stream().filter(ArticleLayout::isDateLine).findFirst()
                .flatMap(line -> dateIn(line, "date-line"));
    }

    private Optional<PublishedDate> fromDateline(String lede) {
        return DatelineParser.parse(lede).map(Dateline::dateText).flatMap(text -> dateIn(text, "dateline"));
    }

    private Optional<PublishedDate> fromLedeWeekday(String lede) {
        return DateExpressions.in(lede).stream().filter(expression -> expression.weekday() != null).findFirst()
                .map(expression -> new PublishedDate(complete(expression),
                        expression.hasYear() ? "lede-date" : "weekday-without-year"));
    }

    /** A dated photo of the story itself, taken on the weekday the lede reports ("on Saturday"): the story's day. */
    private Optional<PublishedDate> fromStoryPhoto(List<String> paragraphs, String lede) {
        Set<DayOfWeek> reportedWeekdays = weekdaysNamedIn(lede);
        return paragraphs.stream()
                .filter(paragraph -> PhotoCaptions.isCaption(paragraph) && !PhotoCaptions.isFileCaption(paragraph))
                .flatMap(caption -> DateExpressions.in(caption).stream())
                .filter(expression -> expression.hasYear() && reportedWeekdays.contains(expression.date().getDayOfWeek()))
                .findFirst()
                .map(expression -> new PublishedDate(expression.date(), "photo-caption"));
    }

    private LocalDate complete(DateExpression expression) {
        LocalDate today = LocalDate.now(clock);
        if (expression.hasYear()) {
            return expression.date();
        }
        if (expression.weekday() != null) {
            Optional<LocalDate> date = CalendarYears.mostRecent(expression.monthDay(), expression.weekday(), today);
            if (date.isPresent()) {
                return date.get();
            }
        }
        return CalendarYears.mostRecent(expression.monthDay(), today);
    }

    private static Set<DayOfWeek> weekdaysNamedIn(String text) {
        Set<DayOfWeek> weekdays = EnumSet.noneOf(DayOfWeek.class);
        WEEKDAY_NAMES.forEach((weekday, name) -> {
            if (name.matcher(text).find()) {
                weekdays.add(weekday);
            }
        });
        return weekdays;
    }

    private static Map<DayOfWeek, Pattern> weekdayNames() {
        Map<DayOfWeek, Pattern> names = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek weekday : DayOfWeek.values()) {
            names.put(weekday, Pattern.compile("\\b" + weekday.getDisplayName(TextStyle.FULL, Locale.ENGLISH) + "\\b"));
        }
        return names;
    }
}
