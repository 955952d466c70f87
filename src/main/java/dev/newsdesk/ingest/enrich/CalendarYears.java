package dev.newsdesk.ingest.enrich;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;

/** Completes dates written without a year, looking back from today: news is dated in the past, not the future. */
final class CalendarYears {

    /** The Gregorian calendar repeats every 400 years, so looking further back finds nothing new. */
    private static final int CALENDAR_CYCLE_YEARS = 400;

    private CalendarYears() {
    }

    /** The most recent date, not after today, on which the month-day falls on the weekday. */
    static Optional<LocalDate> mostRecent(MonthDay monthDay, DayOfWeek weekday, LocalDate today) {
        for (int year = today.getYear(); year > today.getYear() - CALENDAR_CYCLE_YEARS; year--) {
            if (monthDay.isValidYear(year)) {
                LocalDate date = monthDay.atYear(year);
                if (!date.isAfter(today) && date.getDayOfWeek() == weekday) {
                    return Optional.of(date);
                }
            }
        }
        return Optional.empty();
    }

    /** The most recent date, not after today, with that month-day. */
    static LocalDate mostRecent(MonthDay monthDay, LocalDate today) {
        int year = today.getYear();
        while (!monthDay.isValidYear(year) || monthDay.atYear(year).isAfter(today)) {
            year--;
        }
        return monthDay.atYear(year);
    }
}
