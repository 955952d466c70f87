package dev.newsdesk.ingest.enrich;

/** One mention of a named entity in a paragraph, as written at [begin, end) of it. */
record EntityMention(String text, EntityType type, int begin, int end) {

    EntityMention named(String name) {
        return new EntityMention(name, type, begin, end);
    }
}
