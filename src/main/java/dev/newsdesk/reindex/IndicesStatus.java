package dev.newsdesk.reindex;

import java.time.Instant;
import java.util.List;

import dev.newsdesk.elasticsearch.IndexVersion;

/** The versions behind the alias as {@code GET /admin/indices} answers them. */
record IndicesStatus(String alias, String target, List<Index> indices) {

    /** One version: its name, primary documents and bytes, and when it was created. */
    record Index(String name, long docs, long bytes, Instant created) {
    }

    static IndicesStatus of(String alias, List<IndexVersion> versions) {
        String target = versions.stream().filter(IndexVersion::current).map(IndexVersion::name).findFirst().orElse(null);
        return new IndicesStatus(alias, target,
                versions.stream().map(v -> new Index(v.name(), v.docs(), v.bytes(), v.created())).toList());
    }
}
