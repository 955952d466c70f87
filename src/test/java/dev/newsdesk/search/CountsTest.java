package dev.newsdesk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Counts read as the JDK's own grouping writes them. */
class CountsTest {

    @ParameterizedTest
    @ValueSource(longs = {0, 7, 999, 1_000, 12_345, 100_000, 999_999, 1_000_000, 1_234_567, 9_876_543_210L, -1_234})
    void groupsDigitsInThreesWithCommas(long count) {
        assertThat(Counts.format(count)).isEqualTo(String.format(Locale.ROOT, "%,d", count));
    }
}
