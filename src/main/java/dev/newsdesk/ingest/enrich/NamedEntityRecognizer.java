package dev.newsdesk.ingest.enrich;

import java.util.List;
import java.util.function.Supplier;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;

/**
 * Finds people, organizations and places in one paragraph at a time, so no entity spans a line break. Asks for the
 * shared model only when it first recognizes something. Thread-safe: the classifier keeps no state between calls.
 */
final class NamedEntityRecognizer {

    private final Supplier<CRFClassifier<CoreLabel>> classifier;

    NamedEntityRecognizer() {
        this(CrfModel::classifier);
    }

    NamedEntityRecognizer(Supplier<CRFClassifier<CoreLabel>> classifier) {
        this.classifier = classifier;
    }

    List<EntityMention> recognize(String paragraph) {
        if (paragraph.isBlank()) {
            return List.of();
        }
        return classifier.get().classifyToCharacterOffsets(paragraph).stream()
                .flatMap(span -> EntityType.ofLabel(span.first())
                        .map(type -> new EntityMention(paragraph.substring(span.second(), span.third()), type, span.second(), span.third()))
                        .stream())
                .toList();
    }
}
