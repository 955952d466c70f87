package dev.newsdesk.ingest.enrich;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The normalized entities of an article: each list ordered by mentions, most first, then by name; mentions counts them all. */
record Entities(List<String> people, List<String> organizations, List<String> places, Map<String, Integer> mentions) {

    static final Entities NONE = new Entities(List.of(), List.of(), List.of(), Map.of());

    /** The same entities less some names, such as the article's own outlet named in "told VOA". */
    Entities without(Collection<String> names) {
        Map<String, Integer> kept = new LinkedHashMap<>(mentions);
        kept.keySet().removeAll(names);
        return new Entities(
                people.stream().filter(kept::containsKey).toList(),
                organizations.stream().filter(kept::containsKey).toList(),
                places.stream().filter(kept::containsKey).toList(),
                Collections.unmodifiableMap(kept));
    }
}
