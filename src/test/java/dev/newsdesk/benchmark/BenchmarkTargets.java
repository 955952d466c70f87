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

    /** Ways to rebuild the index: the admin's reindex job from each source, measured next to the copy ceiling. */
    static List<ReindexSource> reindexSources() {
        return List.of(ReindexJobSource.fromIndex(), ReindexJobSource.fromFiles());
    }
}
