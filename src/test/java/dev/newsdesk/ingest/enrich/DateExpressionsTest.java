package dev.newsdesk.ingest.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;

import org.junit.jupiter.api.Test;

class DateExpressionsTest {

    @Test
    void readsMonthDayYear() {
        assertThat(DateExpressions.in("It happened on March 3, 2021 in Lima.")).singleElement()
                .satisfies(date -> assertThat(date.date()).isEqualTo(LocalDate.of(2021, 3, 3)));
    }

    @Test
    void readsYearAfterACommaWithoutSpace() {
        assertThat(DateExpressions.in("Published Sept. 9,2019")).singleElement()
                .satisfies(date -> assertThat(date.date()).isEqualTo(LocalDate.of(2019, 9, 9)));
    }

    @Test
    void readsDayMonthYear() {
        assertThat(DateExpressions.in("Updated 21 Jan 2020 10:00")).singleElement()
                .satisfies(date -> assertThat(date.date()).isEqualTo(LocalDate.of(2020, 1, 21)));
    }

    @Test
    void readsIsoDate() {
        assertThat(DateExpressions.in("2018-07-04T09:00:00Z")).singleElement()
                .satisfies(date -> assertThat(date.date()).isEqualTo(LocalDate.of(2018, 7, 4)));
    }

    @Test
    void readsWeekdayWithMonthDayInParenthesesAndNoYear() {
        assertThat(DateExpressions.in("The envoy arrived Tuesday (June 2) in Lima.")).singleElement().satisfies(date -> {
            assertThat(date.weekday()).isEqualTo(DayOfWeek.TUESDAY);
            assertThat(date.monthDay()).isEqualTo(MonthDay.of(6, 2));
            assertThat(date.hasYear()).isFalse();
        });
    }

    @Test
    void skipsImpossibleDates() {
        assertThat(DateExpressions.in("on February 30, 2021")).isEmpty();
    }

    @Test
    void doesNotReadNumbersAsYears() {
        assertThat(DateExpressions.in("On May 5 12345 people marched.")).singleElement()
                .satisfies(date -> assertThat(date.hasYear()).isFalse());
    }
}
