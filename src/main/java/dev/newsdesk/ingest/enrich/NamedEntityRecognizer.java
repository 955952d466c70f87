package dev.newsdesk.ingest.enrich;

import java.util.List;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;

/**
 * Finds people, organizations and places in one paragraph at a time, so no entity spans a line break.
 * Thread-safe: the shared classifier keeps no state between calls.
 */
final class NamedEntityRecognizer {

    private final CRFClassifier<CoreLabel> classifier;

    NamedEntityRecognizer() {
        this(CrfModel.classifier());
    }

    NamedEntityRecognizer(CRFClassifier<CoreLabel> classifier) {
        this.classifier = classifier;
    }

    List<EntityMention> recognize(String paragraph) {
        if (paragraph.isBlank()) {
            return List.of();
        }
        return classifier.classifyToCharacterOffsets(paragraph).stream()
                .flatMap(span -> EntityType.ofLabel(span.first())
                        .map(type -> new EntityMention(paragraph.substring(span.second(), span.third()), type, span.second(), span.third()))
                        .stream())
                .toList();
    }
}
