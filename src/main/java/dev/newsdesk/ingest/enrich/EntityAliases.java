package dev.newsdesk.ingest.enrich;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import dev.newsdesk.datafile.DataFile;

/** Folds the ways articles write an entity into one name: "U.S." and "US" are "United States", "G7" is "Group of Seven". */
final class EntityAliases {

    private static final String RESOURCE = "ingest/enrich/entity-aliases.txt";

    private final Map<String, String> nameByAlias;

    private EntityAliases(Map<String, String> nameByAlias) {
        this.nameByAlias = Map.copyOf(nameByAlias);
    }

    static EntityAliases standard() {
        return from(DataFile.lines(RESOURCE));
    }

    static EntityAliases from(List<String> entries) {
        Map<String, String> names = new HashMap<>();
        for (String entry : entries) {
            List<String> fields = DataFile.fields(entry, 2);
            DataFile.items(fields.get(1)).forEach(alias -> names.put(alias, fields.get(0)));
        }
        return new EntityAliases(names);
    }

    String nameOf(String written) {
        return nameByAlias.getOrDefault(written, written);
    }
}
