package dev.newsdesk.ingest.enrich;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Merges the short mentions of a person into the full name the same article gives: "Blinken" is "Antony Blinken",
 * "Phu Trong" is "Nguyen Phu Trong", "Xi" is "Xi Jinping". A short name that fits two full names ("Biden" with Joe and
 * Jill Biden) is left alone.
 */
final class SurnameMerger {

    private SurnameMerger() {
    }

    /**
     * For each name that ends (else starts) one and only one longer name of the article, that full name. Indexes the
     * names by their leading and trailing words, so an article naming thousands of people takes no quadratic time.
     */
    static Map<String, String> fullNames(Collection<String> people) {
        List<String> names = people.stream().distinct().toList();
        Map<List<String>, List<String>> longerEndingWith = new HashMap<>();
        Map<List<String>, List<String>> longerStartingWith = new HashMap<>();
        for (String name : names) {
            List<String> words = words(name);
            for (int length = 1; length < words.size(); length++) {
                longerEndingWith.computeIfAbsent(words.subList(words.size() - length, words.size()), key -> new ArrayList<>()).add(name);
                longerStartingWith.computeIfAbsent(words.subList(0, length), key -> new ArrayList<>()).add(name);
            }
        }
        Set<String> fullNames = new HashSet<>();
        for (String name : names) {
            List<String> words = words(name);
            if (!longerEndingWith.containsKey(words) && !longerStartingWith.containsKey(words)) {
                fullNames.add(name);
            }
        }
        Map<String, String> merged = new HashMap<>();
        for (String name : names) {
            if (!fullNames.contains(name)) {
                List<String> words = words(name);
                onlyOne(fullNamesAmong(longerEndingWith.get(words), fullNames))
                        .or(() -> onlyOne(fullNamesAmong(longerStartingWith.get(words), fullNames)))
                        .ifPresent(fullName -> merged.put(name, fullName));
            }
        }
        return merged;
    }

    private static List<String> fullNamesAmong(List<String> longer, Set<String> fullNames) {
        return longer == null ? List.of() : longer.stream().filter(fullNames::contains).toList();
    }

    private static Optional<String> onlyOne(List<String> candidates) {
        return candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
    }

    private static List<String> words(String name) {
        return Arrays.asList(name.strip().split("\\s+"));
    }
}
