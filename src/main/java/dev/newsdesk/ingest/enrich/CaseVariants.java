package dev.newsdesk.ingest.enrich;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Picks one spelling for names written in different cases ("HANOI" in a dateline, "Hanoi" in the text): the commonest, capitals losing ties. */
final class CaseVariants {

    private CaseVariants() {
    }

    /** For each name as written, the spelling to use. */
    static Map<String, String> preferredSpellings(List<String> written) {
        Map<String, Map<String, Integer>> countsByKey = new LinkedHashMap<>();
        for (String name : written) {
            countsByKey.computeIfAbsent(name.toLowerCase(Locale.ROOT), key -> new LinkedHashMap<>()).merge(name, 1, Integer::sum);
        }
        Map<String, String> preferred = new HashMap<>();
        for (Map<String, Integer> spellings : countsByKey.values()) {
            String best = null;
            for (Map.Entry<String, Integer> spelling : spellings.entrySet()) {
                if (best == null || rank(spelling.getKey(), spelling.getValue()) > rank(best, spellings.get(best))) {
                    best = spelling.getKey();
                }
            }
            for (String spelling : spellings.keySet()) {
                preferred.put(spelling, best);
            }
        }
        return preferred;
    }

    /** More uses rank higher; on a tie, a spelling in capitals (a dateline's) ranks lower. */
    private static long rank(String spelling, int uses) {
        boolean capitals = spelling.equals(spelling.toUpperCase(Locale.ROOT));
        return 2L * uses + (capitals ? 0 : 1);
    }
}
