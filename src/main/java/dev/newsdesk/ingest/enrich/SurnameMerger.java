package dev.newsdesk.ingest.enrich;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Merges the one-word mentions of a person into the full name the same article gives: "Blinken" is "Antony Blinken",
 * "Xi" is "Xi Jinping". A one-word name that fits two full names ("Biden" with Joe and Jill Biden) is left alone.
 */
final class SurnameMerger {

    private SurnameMerger() {
    }

    /** For each one-word name that belongs to exactly one full name, that full name. */
    static Map<String, String> fullNames(Collection<String> people) {
        List<String> fullNames = people.stream().filter(name -> words(name).length > 1).distinct().toList();
        Map<String, String> merged = new HashMap<>();
        for (String name : people) {
            if (words(name).length == 1) {
                fullNameEndingWith(name, fullNames).or(() -> fullNameStartingWith(name, fullNames))
                        .ifPresent(fullName -> merged.put(name, fullName));
            }
        }
        return merged;
    }

    private static Optional<String> fullNameEndingWith(String word, List<String> fullNames) {
        return onlyOne(fullNames.stream().filter(fullName -> last(words(fullName)).equals(word)).toList());
    }

    private static Optional<String> fullNameStartingWith(String word, List<String> fullNames) {
        return onlyOne(fullNames.stream().filter(fullName -> words(fullName)[0].equals(word)).toList());
    }

    private static Optional<String> onlyOne(List<String> candidates) {
        return candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
    }

    private static String[] words(String name) {
        return name.strip().split("\\s+");
    }

    private static String last(String[] words) {
        return words[words.length - 1];
    }
}
