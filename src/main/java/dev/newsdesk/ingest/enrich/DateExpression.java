package dev.newsdesk.ingest.enrich;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;

/** A calendar date written in text, at [start, end); weekday and year are null when the text does not give them. */
record DateExpression(int start, int end, DayOfWeek weekday, MonthDay monthDay, Integer year) {

    boolean hasYear() {
        return year != null;
    }

    LocalDate date() {
        return monthDay.atYear(year);
    }
}
