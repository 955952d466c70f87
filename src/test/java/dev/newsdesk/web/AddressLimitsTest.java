package dev.newsdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class AddressLimitsTest {

    @Test
    void readsOrdinaryAddresses() {
        assertThat(AddressLimits.check("/search", null)).isNull();
        assertThat(AddressLimits.check("/search", "q=caf%C3%A9+au+lait&person=Antony+Blinken&&from=")).isNull();
        assertThat(AddressLimits.check("/search", "q=%E2%80%9Cquoted%E2%80%9D")).isNull();
    }

    @Test
    void refusesBytesThatAreNotUtf8() {
        assertThat(message("/search", "q=%C3%28")).contains("'q=%C3%28' is not percent-encoded UTF-8 text");
        assertThat(message("/search", "q=%FF")).contains("'q=%FF'");
        assertThat(message("/search", "q=%ED%A0%80")).as("an encoded surrogate").contains("'q=%ED%A0%80'");
    }

    @Test
    void refusesPercentSignsThatEncodeNoByte() {
        assertThat(message("/search", "q=100%")).contains("'q=100%'");
        assertThat(message("/search", "q=%zz")).contains("'q=%zz'");
        assertThat(message("/search", "q=%4")).contains("'q=%4'");
    }

    @Test
    void countsParametersAndNamesTheRepeatedOne() {
        String thousand = IntStream.range(0, 1_000).mapToObj(i -> "p" + i + "=1").collect(Collectors.joining("&"));
        String repeated = IntStream.range(0, 1_500).mapToObj(i -> "place=x").collect(Collectors.joining("&"));

        assertThat(AddressLimits.check("/search", thousand)).isNull();
        assertThat(message("/search", thousand + "&one=more")).isEqualTo("Too many parameters: 1,001, at most 1,000.");
        assertThat(message("/search", repeated)).isEqualTo("Too many parameters: 1,500 ('place' is given 1,500 times), at most 1,000.");
    }

    @Test
    void refusesAddressesOverTheLengthLimit() {
        String query = "q=" + "a".repeat(AddressLimits.MAX_ADDRESS_LENGTH - "/search?q=".length());

        assertThat(AddressLimits.check("/search", query)).isNull();
        assertThat(message("/search", query + "a")).startsWith("The address is too long: 16,385 characters, at most 16,384.");
        assertThat(message("/" + "a".repeat(20_000), null)).startsWith("The address is too long: 20,001 characters");
    }

    private static String message(String path, String query) {
        UnreadableAddress refusal = AddressLimits.check(path, query);
        assertThat(refusal).as(path + "?" + query).isNotNull();
        return refusal.getBody().getDetail();
    }
}
