package dev.newsdesk.benchmark;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * What the benchmark measures besides Elasticsearch itself: the project's ingest pipeline, portal and reindex
 * jobs. This is the one place to edit when one of them lands; each is a line or two.
 */
final class BenchmarkTargets {

    private BenchmarkTargets() {
    }

    /** The indexer's stages. */
    static Optional<IngestStages> ingestStages() {
        return Optional.of(new PipelineStages());
    }

    /**
     * The portal's search endpoints, measured next to raw {@code _search} with the same query mix. Each is probed
     * first; one that does not answer 2xx yet is reported as not measured yet, with the status it gave.
     */
    static List<SearchTarget> portalTargets(URI portal) {
        return List.of(PortalSearch.api(portal), PortalSearch.page(portal, "/search"));
    }

    /** Ways to rebuild the index, measured next to Elasticsearch's own {@code _reindex}. Replace a pending row with the real one. */
    static List<ReindexSource> reindexSources() {
        return List.of(
                ReindexSource.pending("reindex job, from the index"),
                ReindexSource.pending("re-ingest, from the source files"));
    }
}
