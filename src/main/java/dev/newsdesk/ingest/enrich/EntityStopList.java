package dev.newsdesk.ingest.enrich;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import dev.newsdesk.datafile.DataFile;

/** Names the recognizer tags that are never entities of an article: weekdays, months, page furniture. */
final class EntityStopList {

    private static final String RESOURCE = "ingest/enrich/entity-stop-list.txt";

    private final Set<String> stopped;

    EntityStopList(List<String> names) {
        this.stopped = names.stream().map(EntityStopList::key).collect(Collectors.toUnmodifiableSet());
    }

    static EntityStopList standard() {
        return new EntityStopList(DataFile.lines(RESOURCE));
    }

    boolean isStopped(String name) {
        return stopped.contains(key(name));
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
