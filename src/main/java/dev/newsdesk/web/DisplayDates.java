package dev.newsdesk.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * How every page writes a date, in English whatever the reader's locale: "15 Apr 2023" in lists, "Apr 2023" for a month,
 * and "2023-04-15 09:30:00 UTC" for the moments an admin reads. Java
 * calls the static methods; templates reach the same ones as {@code ${@dates.day(date)}}.
 */
@Component("dates")
public final class DisplayDates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    public static String day(TemporalAccessor date) {
        return DAY.format(date);
    }

    public static String month(TemporalAccessor date) {
        return MONTH.format(date);
    }

    public static String moment(Instant instant) {
        return MOMENT.format(instant);
    }
}
