package dev.newsdesk.ingest.enrich;

import java.util.Optional;

/** The kinds of named entity the 3-class recognizer finds. */
enum EntityType {
    PERSON, ORGANIZATION, LOCATION;

    static Optional<EntityType> ofLabel(String label) {
        for (EntityType type : values()) {
            if (type.name().equals(label)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
