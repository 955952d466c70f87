package dev.newsdesk.benchmark;

import java.nio.file.Path;

import dev.newsdesk.elasticsearch.embedded.NodeAccess;

/**
 * The slot for the indexer's pipeline: the benchmark times each stage over the same generated corpus and puts it
 * next to the {@code _bulk} ceiling. Implement it over {@code dev.newsdesk.ingest} and return it from
 * {@link BenchmarkTargets#ingestStages()}; until then the stages are reported as not measured yet.
 */
interface IngestStages {

    /** The stages of the Ingest table, in its order. */
    enum Stage {
        READ_AND_CLEAN("read + clean"),
        NER("NER"),
        BULK("bulk"),
        END_TO_END("end to end");

        private final String label;

        Stage(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }

    /**
     * Runs one stage over every article file under {@code corpus} (read recursively, as {@code ingest DIR} does) and
     * returns how many articles it handled. The harness times the call and records this JVM's peak heap during it.
     * READ_AND_CLEAN reads and cleans only; NER runs entity recognition on articles the stage prepares itself before
     * its clock matters (prepare in the constructor or cache from READ_AND_CLEAN); BULK sends enriched documents;
     * END_TO_END does everything. BULK and END_TO_END write through {@code alias} on {@code elasticsearch}: the harness
     * points it at a fresh empty index before each of them.
     */
    long run(Stage stage, Path corpus, NodeAccess elasticsearch, String alias) throws Exception;
}
