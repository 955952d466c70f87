package dev.newsdesk.ingest.enrich;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Merges the short mentions of a person into the full name the same article gives: "Blinken" is "Antony Blinken",
 * "Phu Trong" is "Nguyen Phu Trong", "Xi" is "Xi Jinping". A short name that fits two full names ("Biden" with Joe and
 * Jill Biden) is left alone.
 */
final class SurnameMerger {

    private SurnameMerger() {
    }

    /** For each name that ends (else starts) one and only one longer name of the article, that full name. */
    static Map<String, String> fullNames(Collection<String> people) {
        List<String> names = people.stream().distinct().toList();
        List<String> fullNames = names.stream().filter(name -> names.stream().noneMatch(other -> isPartOf(name, other))).toList();
        Map<String, String> merged = new HashMap<>();
        for (String name : names) {
            if (!fullNames.contains(name)) {
                onlyOne(fullNames.stream().filter(fullName -> endsWith(fullName, name)).toList())
                        .or(() -> onlyOne(fullNames.stream().filter(fullName -> startsWith(fullName, name)).toList()))
                        .ifPresent(fullName -> merged.put(name, fullName));
            }
        }
        return merged;
    }

    private static boolean isPartOf(String part, String name) {
        return words(name).size() > words(part).size() && (endsWith(name, part) || startsWith(name, part));
    }

    private static boolean endsWith(String name, String part) {
        List<String> nameWords = words(name);
        List<String> partWords = words(part);
        return nameWords.size() > partWords.size() && nameWords.subList(nameWords.size() - partWords.size(), nameWords.size()).equals(partWords);
    }

    private static boolean startsWith(String name, String part) {
        List<String> nameWords = words(name);
        List<String> partWords = words(part);
        return nameWords.size() > partWords.size() && nameWords.subList(0, partWords.size()).equals(partWords);
    }

    private static Optional<String> onlyOne(List<String> candidates) {
        return candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
    }

    private static List<String> words(String name) {
        return Arrays.asList(name.strip().split("\\s+"));
    }
}
