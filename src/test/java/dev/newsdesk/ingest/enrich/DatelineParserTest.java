package dev.newsdesk.ingest.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatelineParserTest {

    @Test
    void readsPlaceAndAgency() {
        Dateline dateline = DatelineParser.parse("OSLO (Reuters) - Fishing boats stayed in port.").orElseThrow();

        assertThat(dateline.place()).isEqualTo("OSLO");
        assertThat(dateline.source()).isEqualTo("Reuters");
        assertThat(dateline.dateText()).isNull();
    }

    @Test
    void readsPlaceWithRegionAndDate() {
        Dateline dateline = DatelineParser.parse("SAN FRANCISCO, Calif., March 3 (AP) — A bridge closed.").orElseThrow();

        assertThat(dateline.place()).isEqualTo("SAN FRANCISCO");
        assertThat(dateline.dateText()).isEqualTo("March 3");
        assertThat(dateline.source()).isEqualTo("AP");
    }

    @Test
    void readsPlaceFollowedByColon() {
        assertThat(DatelineParser.withoutDateline("LIMA: The envoy arrived.")).isEqualTo("The envoy arrived.");
    }

    @Test
    void readsTitleCasePlaceOnlyWithASource() {
        assertThat(DatelineParser.parse("Lima (AFP) - The envoy arrived.")).isPresent();
        assertThat(DatelineParser.parse("Lima - a city of contrasts")).isEmpty();
    }

    @Test
    void doesNotTakeFilePhotoLabelForAPlace() {
        assertThat(DatelineParser.parse("FILE - The minister speaks in Lima, Peru, March 3, 2021.")).isEmpty();
    }

    @Test
    void doesNotTakeHyphenatedHeadlineForADateline() {
        assertThat(DatelineParser.parse("US-Peru talks resume after a year")).isEmpty();
        assertThat(DatelineParser.parse("U.S., Peru agree to talk")).isEmpty();
    }
}
