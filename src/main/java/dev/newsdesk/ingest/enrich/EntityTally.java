package dev.newsdesk.ingest.enrich;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Counts mentions per normalized name and gives each name the type most of its mentions had (the first seen on a tie). */
final class EntityTally {

    private final Map<String, Integer> counts = new LinkedHashMap<>();
    private final Map<String, Map<EntityType, Integer>> typeVotes = new LinkedHashMap<>();
    private final Map<String, EntityType> firstType = new LinkedHashMap<>();

    void add(String name, EntityType type) {
        counts.merge(name, 1, Integer::sum);
        typeVotes.computeIfAbsent(name, key -> new EnumMap<>(EntityType.class)).merge(type, 1, Integer::sum);
        firstType.putIfAbsent(name, type);
    }

    Entities entities() {
        Comparator<String> byMentions = Comparator.<String>comparingInt(counts::get).reversed().thenComparing(Comparator.naturalOrder());
        List<String> names = new ArrayList<>(counts.keySet());
        names.sort(byMentions);
        Map<String, Integer> mentions = new LinkedHashMap<>();
        names.forEach(name -> mentions.put(name, counts.get(name)));
        return new Entities(ofType(names, EntityType.PERSON), ofType(names, EntityType.ORGANIZATION), ofType(names, EntityType.LOCATION),
                Collections.unmodifiableMap(mentions));
    }

    private List<String> ofType(List<String> names, EntityType type) {
        return names.stream().filter(name -> typeOf(name) == type).toList();
    }

    private EntityType typeOf(String name) {
        Map<EntityType, Integer> votes = typeVotes.get(name);
        EntityType chosen = firstType.get(name);
        for (Map.Entry<EntityType, Integer> vote : votes.entrySet()) {
            if (vote.getValue() > votes.get(chosen)) {
                chosen = vote.getKey();
            }
        }
        return chosen;
    }
}
