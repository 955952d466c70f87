package dev.newsdesk.ingest.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The data-driven name rules: aliases, stop-list, case variants. */
class NameListsTest {

    @Test
    void foldsAliasesIntoOneName() {
        EntityAliases aliases = EntityAliases.standard();

        assertThat(List.of("U.S.", "US", "United States").stream().map(aliases::nameOf)).containsOnly("United States");
        assertThat(aliases.nameOf("G7")).isEqualTo("Group of Seven");
        assertThat(aliases.nameOf("Peru")).isEqualTo("Peru");
    }

    @Test
    void stopsWeekdaysMonthsAndPageFurnitureInAnyCase() {
        EntityStopList stopList = EntityStopList.standard();

        assertThat(List.of("Friday", "MONDAY", "April", "Advertisement")).allMatch(stopList::isStopped);
        assertThat(stopList.isStopped("Fridays for Future")).isFalse();
    }

    @Test
    void prefersSpellingNotInCapitalsOnATie() {
        assertThat(CaseVariants.preferredSpellings(List.of("LIMA", "Lima"))).containsEntry("LIMA", "Lima");
    }

    @Test
    void prefersCommonestSpelling() {
        assertThat(CaseVariants.preferredSpellings(List.of("NATO", "Nato", "NATO"))).containsEntry("Nato", "NATO");
    }
}
