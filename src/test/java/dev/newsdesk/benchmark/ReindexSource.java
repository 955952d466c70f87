package dev.newsdesk.benchmark;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import dev.newsdesk.elasticsearch.embedded.NodeAccess;

/**
 * A way of rebuilding the articles index (the admin's reindex job from the live index, or from the source files).
 * The benchmark times it next to the copy ceiling, then measures search latency while it runs. Add one in
 * {@link BenchmarkTargets#reindexSources()}.
 */
interface ReindexSource {

    /** The name in the Reindex table, e.g. "reindex job, from the index". */
    String name();

    /**
     * Rebuilds every article behind {@code alias} on {@code elasticsearch} into a new index, moves the alias to it and
     * returns the documents it holds; {@code corpus} holds the source files the index was built from. Once
     * {@code stop} says so (or the thread is interrupted) it stops early, removes what it built and throws. The
     * harness times the call.
     */
    long reindex(NodeAccess elasticsearch, String alias, Path corpus, BooleanSupplier stop) throws Exception;

    /** False for a slot whose code does not exist yet: reported as not measured yet. */
    default boolean implemented() {
        return true;
    }

    /** Why this source is not measured at a corpus size (too slow to be worth the run), or empty when it is. */
    default Optional<String> skippedAt(int articles) {
        return Optional.empty();
    }

    /** A named row that says "not measured yet" until the code it stands for exists. */
    static ReindexSource pending(String name) {
        return new ReindexSource() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public long reindex(NodeAccess elasticsearch, String alias, Path corpus, BooleanSupplier stop) {
                throw new UnsupportedOperationException(name + " is not implemented yet");
            }

            @Override
            public boolean implemented() {
                return false;
            }
        };
    }
}
