package dev.newsdesk.ingest.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SurnameMergerTest {

    @Test
    void mergesSurnameIntoFullName() {
        assertThat(SurnameMerger.fullNames(List.of("Maria Lindqvist", "Lindqvist", "Lindqvist")))
                .containsExactlyEntriesOf(Map.of("Lindqvist", "Maria Lindqvist"));
    }

    @Test
    void mergesFamilyNameWrittenFirst() {
        assertThat(SurnameMerger.fullNames(List.of("Zhao Wenjun", "Zhao"))).containsEntry("Zhao", "Zhao Wenjun");
    }

    @Test
    void mergesEveryShorterFormIntoTheLongestName() {
        assertThat(SurnameMerger.fullNames(List.of("Ana Maria Lindqvist", "Maria Lindqvist", "Lindqvist")))
                .containsEntry("Maria Lindqvist", "Ana Maria Lindqvist").containsEntry("Lindqvist", "Ana Maria Lindqvist");
    }

    @Test
    void leavesSurnameSharedByTwoFullNamesAlone() {
        assertThat(SurnameMerger.fullNames(List.of("Maria Lindqvist", "Erik Lindqvist", "Lindqvist"))).isEmpty();
    }

    @Test
    void leavesNameWithoutFullNameAlone() {
        assertThat(SurnameMerger.fullNames(List.of("Lindqvist", "Erik Berg"))).isEmpty();
    }
}
