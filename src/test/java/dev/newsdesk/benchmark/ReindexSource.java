package dev.newsdesk.benchmark;

import java.net.URI;
import java.nio.file.Path;

/**
 * The slot for a way of rebuilding the articles index (the admin's reindex job from the live index, or a re-ingest
 * of the source files). The benchmark times it next to Elasticsearch's own {@code _reindex}. Add one in
 * {@link BenchmarkTargets#reindexSources()}.
 */
interface ReindexSource {

    /** The name in the Reindex table, e.g. "reindex job, from the index". */
    String name();

    /**
     * Rebuilds every article behind {@code alias} on {@code elasticsearch} into a new index and returns the documents
     * written; {@code corpus} holds the source files the index was built from. The harness times the call.
     */
    long reindex(URI elasticsearch, String alias, Path corpus) throws Exception;

    /** False for a slot whose code does not exist yet: reported as not measured yet. */
    default boolean implemented() {
        return true;
    }

    /** A named row that says "not measured yet" until the code it stands for exists. */
    static ReindexSource pending(String name) {
        return new ReindexSource() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public long reindex(URI elasticsearch, String alias, Path corpus) {
                throw new UnsupportedOperationException(name + " is not implemented yet");
            }

            @Override
            public boolean implemented() {
                return false;
            }
        };
    }
}
