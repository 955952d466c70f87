package dev.newsdesk.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.SortOrder;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.newsdesk.elasticsearch.Indices;

/**
 * The directories (and single files) the indexer was asked to ingest, kept in Elasticsearch so that the portal
 * and the ingest command share them across restarts: a reindex from the files reads them all again.
 */
public class IngestedPaths {

    private static final Logger log = LoggerFactory.getLogger(IngestedPaths.class);
    /** Far more than anyone names; a reindex reads them all. */
    private static final int MOST = 10_000;

    private final ElasticsearchClient client;
    private final Clock clock;

    public IngestedPaths(ElasticsearchClient client, Clock clock) {
        this.client = client;
        this.clock = clock;
    }

    /** Records the paths as absolute paths; false if it could not. A failure is logged, not thrown: it must not stop the ingest itself. */
    public boolean remember(List<Path> paths) {
        try {
            for (Path path : paths) {
                String absolute = path.toAbsolutePath().normalize().toString();
                client.index(i -> i.index(Indices.INGESTED_PATHS).requireAlias(true).id(idOf(absolute))
                        .document(new Remembered(absolute, clock.instant().toString())));
            }
            return true;
        } catch (IOException | ElasticsearchException e) {
            log.warn("Could not remember the ingested paths {} for a later reindex from the files: {}", paths, e.getMessage());
            return false;
        }
    }

    /** Every path ever ingested, sorted. */
    public List<Path> all() throws IOException {
        client.indices().refresh(r -> r.index(Indices.INGESTED_PATHS));
        return client.search(s -> s.index(Indices.INGESTED_PATHS).size(MOST).sort(o -> o.field(f -> f.field("path").order(SortOrder.Asc))),
                        Remembered.class)
                .hits().hits().stream().map(hit -> Path.of(hit.source().path())).toList();
    }

    private static String idOf(String path) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(path.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One remembered path, as stored. */
    record Remembered(@JsonProperty("path") String path, @JsonProperty("last_ingested_at") String lastIngestedAt) {
    }
}
