package dev.newsdesk.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QueryTextTest {

    @Test
    void turnsTheWordOrIntoTheOrOperator() {
        assertThat(QueryText.of("ports OR harbors").simpleQueryString()).isEqualTo("ports | harbors");
    }

    @Test
    void turnsNotIntoAMinusAndDropsAnd() {
        assertThat(QueryText.of("grain AND exports NOT wheat").simpleQueryString()).isEqualTo("grain exports -wheat");
    }

    @Test
    void leavesOperatorsInsideQuotesAlone() {
        assertThat(QueryText.of("\"war OR peace\" treaty").simpleQueryString()).isEqualTo("\"war OR peace\" treaty");
    }

    @Test
    void positiveWordsLeaveOutExclusionsAndOperators() {
        assertThat(QueryText.of("\"rail strike\" -union visit* OR talks").positiveWords()).isEqualTo("rail strike visit talks");
    }

    @Test
    void closesAnUnclosedQuote() {
        assertThat(QueryText.of("\"rail strike").simpleQueryString()).isEqualTo("\"rail strike\"");
    }
}
