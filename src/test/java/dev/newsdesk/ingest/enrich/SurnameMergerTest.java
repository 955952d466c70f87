package dev.newsdesk.ingest.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
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

    @Test
    void mergesTheNamesOfAnArticleNamingTenThousandPeopleInBoundedTime() {
        List<String> people = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            people.add("Given" + i + " Family" + i);
        }
        people.add("Family42");

        Map<String, String> merged = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> SurnameMerger.fullNames(people));

        assertThat(merged).containsExactlyEntriesOf(Map.of("Family42", "Given42 Family42"));
    }
}
