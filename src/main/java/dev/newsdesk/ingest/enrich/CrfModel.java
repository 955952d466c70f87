package dev.newsdesk.ingest.enrich;

import java.io.IOException;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;

/**
 * CoreNLP's English 3-class CRF model, loaded once per JVM on first use (about 2 s and 125 MB of heap) and shared by all
 * threads: classes that never recognize entities never pay for it.
 */
final class CrfModel {

    static final String MODEL = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

    private CrfModel() {
    }

    static CRFClassifier<CoreLabel> classifier() {
        return Holder.CLASSIFIER;
    }

    /** The JVM initializes this class, and so loads the model, exactly once and only when first asked. */
    private static final class Holder {

        static final CRFClassifier<CoreLabel> CLASSIFIER = load();

        private static CRFClassifier<CoreLabel> load() {
            try {
                return CRFClassifier.getClassifier(MODEL);
            } catch (IOException | ClassNotFoundException | ClassCastException e) {
                throw new IllegalStateException("Cannot load the CoreNLP model " + MODEL
                        + ": put edu.stanford.nlp:stanford-corenlp:4.5.10:models on the classpath.", e);
            }
        }
    }
}
