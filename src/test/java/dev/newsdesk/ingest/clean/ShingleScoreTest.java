package dev.newsdesk.ingest.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Java port of the benchmark's score.py gives the figures the Python script gives. */
class ShingleScoreTest {

    @Test
    void scoresIdenticalTextOne() {
        ShingleScore score = new ShingleScore();
        score.addPage("The ferry left at noon and came back at six.", "The ferry left at noon and came back at six.");

        assertThat(score.f1()).isEqualTo(1.0);
    }

    @Test
    void scoresUnrelatedTextZero() {
        ShingleScore score = new ShingleScore();
        score.addPage("The ferry left at noon today.", "Rain is expected over the hills tomorrow.");

        assertThat(score.f1()).isZero();
    }

    @Test
    void countsRepeatedShinglesAsAMultiset() {
        ShingleScore score = new ShingleScore();
        // score.py's page() gives (tp, fp, fn) = (0.2, 0.8, 0.0) for this pair.
        score.addPage("one two three four", "one two three four one two three four");

        assertThat(score.precision()).isCloseTo(0.2, within(1e-12));
        assertThat(score.recall()).isEqualTo(1.0);
    }

    @Test
    void averagesOverPagesAndSkipsPrecisionOfAnEmptyPrediction() {
        ShingleScore score = new ShingleScore();
        score.addPage("The ferry left at noon.", "The ferry left at noon.");
        score.addPage("The ferry came back at six.", "");

        assertThat(score.precision()).isEqualTo(1.0);
        assertThat(score.recall()).isEqualTo(0.5);
        assertThat(score.f1()).isCloseTo(2 / 3.0, within(1e-12));
        assertThat(score.summary()).isEqualTo("pages=2 precision=1.000 recall=0.500 f1=0.667");
    }

    @Test
    void tokenizesWordsAsPythonDoes() {
        // re.findall(r"\w+", ...) in Python 3 gives: naïve café e t 3½ x_y ٣ 中文 ǅ (the combining accent splits a word).
        Map<List<String>, Integer> shingles = ShingleScore.shingles("naïve café—e\u0301t 3½ x_y ٣ 中文 ǅ");

        assertThat(shingles).containsKeys(List.of("naïve", "café", "e", "t"), List.of("3½", "x_y", "٣", "中文"));
        assertThat(shingles.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(6);
    }

    @Test
    void makesOneShingleOfTextShorterThanFourWords() {
        assertThat(ShingleScore.shingles("ferry at noon")).containsExactly(Map.entry(List.of("ferry", "at", "noon"), 1));
        assertThat(ShingleScore.shingles(" — ")).isEmpty();
    }
}
