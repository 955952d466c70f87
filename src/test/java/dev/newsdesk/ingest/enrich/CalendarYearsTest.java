package dev.newsdesk.ingest.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;

import org.junit.jupiter.api.Test;

class CalendarYearsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @Test
    void findsLeapDayOnItsWeekday() {
        // February 29 fell on a Thursday in 2024.
        assertThat(CalendarYears.mostRecent(MonthDay.of(2, 29), DayOfWeek.THURSDAY, TODAY)).contains(LocalDate.of(2024, 2, 29));
    }

    @Test
    void completesMonthDayWithoutWeekdayToTheLatestPastDate() {
        assertThat(CalendarYears.mostRecent(MonthDay.of(12, 1), TODAY)).isEqualTo(LocalDate.of(2025, 12, 1));
        assertThat(CalendarYears.mostRecent(MonthDay.of(11, 22), TODAY)).isEqualTo(TODAY);
    }
}
