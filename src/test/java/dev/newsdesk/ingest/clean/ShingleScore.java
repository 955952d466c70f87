package dev.newsdesk.ingest.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article-extraction benchmark's metric, as its score.py computes it: multisets of word 4-grams, per-page
 * true/false positives and negatives scaled so every page weighs the same, precision and recall averaged over pages,
 * F1 of the two averages.
 */
final class ShingleScore {

    /**
     * Python's {@code \w} on str: letters (Lu, Ll, Lt, Lm, Lo), numbers (Nd, Nl, No) and the underscore. Java's
     * UNICODE_CHARACTER_CLASS {@code \w} differs (it takes combining marks, leaves out No), so the class is spelled out.
     */
    private static final Pattern PYTHON_WORD = Pattern.compile("[\\p{L}\\p{N}_]+");
    private static final int SHINGLE_WORDS = 4;

    private final List<Double> precisions = new ArrayList<>();
    private final List<Double> recalls = new ArrayList<>();
    private int pages;

    void addPage(String truth, String prediction) {
        pages++;
        Map<List<String>, Integer> expected = shingles(truth);
        Map<List<String>, Integer> predicted = shingles(prediction);
        long truePositives = 0;
        long falsePositives = 0;
        long falseNegatives = 0;
        for (Map.Entry<List<String>, Integer> shingle : predicted.entrySet()) {
            int inTruth = expected.getOrDefault(shingle.getKey(), 0);
            truePositives += Math.min(inTruth, shingle.getValue());
            falsePositives += Math.max(0, shingle.getValue() - inTruth);
        }
        for (Map.Entry<List<String>, Integer> shingle : expected.entrySet()) {
            falseNegatives += Math.max(0, shingle.getValue() - predicted.getOrDefault(shingle.getKey(), 0));
        }
        long total = truePositives + falsePositives + falseNegatives;
        double tp = total == 0 ? 0 : (double) truePositives / total;
        double fp = total == 0 ? 0 : (double) falsePositives / total;
        double fn = total == 0 ? 0 : (double) falseNegatives / total;
        if (fp == 0 && fn == 0) {
            precisions.add(1.0);
            recalls.add(1.0);
            return;
        }
        if (tp + fp > 0) {
            precisions.add(tp / (tp + fp));
        }
        if (tp + fn > 0) {
            recalls.add(tp / (tp + fn));
        }
    }

    double precision() {
        return precisions.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }

    double recall() {
        return recalls.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** The same line score.py prints. */
    String summary() {
        return String.format("pages=%d precision=%.3f recall=%.3f f1=%.3f", pages, precision(), recall(), f1());
    }

    static Map<List<String>, Integer> shingles(String text) {
        List<String> words = new ArrayList<>();
        Matcher word = PYTHON_WORD.matcher(text == null ? "" : text);
        while (word.find()) {
            words.add(word.group());
        }
        Map<List<String>, Integer> shingles = new HashMap<>();
        if (words.isEmpty()) {
            return shingles;
        }
        if (words.size() < SHINGLE_WORDS) {
            shingles.put(List.copyOf(words), 1);
            return shingles;
        }
        for (int i = 0; i + SHINGLE_WORDS <= words.size(); i++) {
            shingles.merge(List.copyOf(words.subList(i, i + SHINGLE_WORDS)), 1, Integer::sum);
        }
        return shingles;
    }
}
