package dev.newsdesk.ingest.enrich;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the dates written in a text: "April 15, 2023", "15 April 2023", "Friday (April 14)", "Sat, Apr 15", "2023-04-15". */
final class DateExpressions {

    private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December"
            + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)";
    private static final String WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tues|Tue|Wed|Thurs|Thu|Fri|Sat|Sun)";
    private static final String YEAR = "(?:19|20)\\d{2}(?!\\d)";

    private static final Pattern DATE = Pattern.compile(
            "\\b(?:(?<weekday>" + WEEKDAY + ")\\.?,?\\s*\\(?\\s*)?"
                    + "(?:(?<month>" + MONTH + ")\\.?\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?(?!\\d)\\)?(?:,?\\s*(?<year>" + YEAR + "))?"
                    + "|(?<day2>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<month2>" + MONTH + ")\\b\\.?(?:,?\\s*(?<year2>" + YEAR + "))?"
                    + "|(?<isoYear>" + YEAR + ")-(?<isoMonth>\\d{2})-(?<isoDay>\\d{2})(?!\\d))");

    private static final Map<String, DayOfWeek> WEEKDAYS = Map.of(
            "mon", DayOfWeek.MONDAY, "tue", DayOfWeek.TUESDAY, "wed", DayOfWeek.WEDNESDAY, "thu", DayOfWeek.THURSDAY,
            "fri", DayOfWeek.FRIDAY, "sat", DayOfWeek.SATURDAY, "sun", DayOfWeek.SUNDAY);

    private DateExpressions() {
    }

    static List<DateExpression> in(String text) {
        List<DateExpression> found = new ArrayList<>();
        Matcher matcher = DATE.matcher(text);
        while (matcher.find()) {
            try {
                found.add(expressionAt(matcher));
            } catch (DateTimeException impossibleDate) {
                // "February 30" and the like are not dates; keep looking.
            }
        }
        return found;
    }

    private static DateExpression expressionAt(Matcher matcher) {
        DayOfWeek weekday = matcher.group("weekday") == null ? null : WEEKDAYS.get(prefix(matcher.group("weekday")));
        if (matcher.group("isoYear") != null) {
            MonthDay monthDay = MonthDay.of(Integer.parseInt(matcher.group("isoMonth")), Integer.parseInt(matcher.group("isoDay")));
            int year = Integer.parseInt(matcher.group("isoYear"));
            monthDay.atYear(year);
            return new DateExpression(matcher.start(), matcher.end(), null, monthDay, year);
        }
        boolean monthFirst = matcher.group("month") != null;
        Month month = monthNamed(monthFirst ? matcher.group("month") : matcher.group("month2"));
        int day = Integer.parseInt(monthFirst ? matcher.group("day") : matcher.group("day2"));
        String yearText = monthFirst ? matcher.group("year") : matcher.group("year2");
        MonthDay monthDay = MonthDay.of(month, day);
        Integer year = yearText == null ? null : Integer.valueOf(yearText);
        if (year != null) {
            monthDay.atYear(year);
        }
        int start = weekday == null ? (monthFirst ? matcher.start("month") : matcher.start("day2")) : matcher.start();
        return new DateExpression(start, matcher.end(), weekday, monthDay, year);
    }

    private static Month monthNamed(String name) {
        String prefix = prefix(name);
        for (Month month : Month.values()) {
            if (month.name().toLowerCase(Locale.ROOT).startsWith(prefix)) {
                return month;
            }
        }
        throw new DateTimeException("not a month: " + name);
    }

    private static String prefix(String name) {
        return name.substring(0, 3).toLowerCase(Locale.ROOT);
    }
}
