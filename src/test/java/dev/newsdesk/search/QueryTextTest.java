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

    @Test
    void countsTheWordsTheSearchLooksForWithoutOperators() {
        assertThat(QueryText.of("\"rail strike\" -union visit* OR talks AND NOT (ports)").words()).isEqualTo(6);
        assertThat(QueryText.of("a|b|c|d").words()).isEqualTo(4);
        assertThat(QueryText.of("harbor~2 \"rail strike\"~10").words()).isEqualTo(3);
        assertThat(QueryText.of("U.N. 2023-04-15").words()).isEqualTo(5);
        assertThat(QueryText.of("*** ((( \"\"\" ~~~").words()).isZero();
    }

    @Test
    void countsEachChineseOrJapaneseCharacterAsAWord() {
        assertThat(QueryText.of("\u6771\u4EAC\u90FD ferry").words()).isEqualTo(4);
    }

    @Test
    void countsAWordWithVowelSignsOrCombiningAccentsOnce() {
        assertThat(QueryText.of("\u0939\u093F\u0928\u094D\u0926\u0940 Zoe\u0308").words()).isEqualTo(2);
    }
}
