package dev.newsdesk.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class SourceHealthTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    @Test
    void aDailySourceSilentForAWeekHasAGap() {
        long[] days = new long[SourceHealth.DAYS];
        for (int i = 0; i < 23; i++) {
            days[i] = 4;
        }

        SourceHealth health = health(days, 92, 0);

        assertThat(health.usualSpacingDays()).isEqualTo(1.0);
        assertThat(health.silentDays()).isEqualTo(7);
        assertThat(health.gap()).isTrue();
    }

    @Test
    void aDailySourceQuietOnlyTodayHasNoGap() {
        long[] days = new long[SourceHealth.DAYS];
        for (int i = 0; i < 29; i++) {
            days[i] = 2;
        }

        assertThat(health(days, 58, 0).gap()).isFalse();
    }

    @Test
    void aWeeklySourceQuietForTenDaysHasNoGap() {
        long[] days = new long[SourceHealth.DAYS];
        for (int i = 0; i < 20; i += 4) {
            days[i] = 1;
        }

        SourceHealth health = health(days, 5, 0);

        assertThat(health.usualSpacingDays()).isEqualTo(4.0);
        assertThat(health.silentDays()).isEqualTo(13);
        assertThat(health.gap()).as("13 silent days is more than three spacings of 4").isTrue();
        days[28] = 1;
        assertThat(health(days, 6, 0).gap()).isFalse();
    }

    @Test
    void aSourceWithoutARhythmHasNoGap() {
        long[] days = new long[SourceHealth.DAYS];
        days[0] = 3;
        days[1] = 1;

        assertThat(health(days, 4, 0).gap()).isFalse();
        assertThat(SourceHealth.none(TODAY).gap()).isFalse();
    }

    @Test
    void mostlyUndatedNeedsHalfTheArticlesAndEnoughOfThem() {
        long[] days = new long[SourceHealth.DAYS];

        assertThat(health(days, 20, 12).mostlyDateless()).isTrue();
        assertThat(health(days, 20, 12).datelessShare()).isEqualTo(0.6);
        assertThat(health(days, 20, 9).mostlyDateless()).isFalse();
        assertThat(health(days, 4, 4).mostlyDateless()).as("too few to say").isFalse();
    }

    private static SourceHealth health(long[] days, long articles, long dateless) {
        return new SourceHealth(articles, dateless, days, TODAY.minusDays(SourceHealth.DAYS - 1L));
    }
}
