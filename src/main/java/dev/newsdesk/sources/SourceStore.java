package dev.newsdesk.sources;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.Result;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import dev.newsdesk.elasticsearch.Indices;
import dev.newsdesk.elasticsearch.VersionConflicts;

/**
 * The sources in their own index. Every change after the first write is optimistic ({@code if_seq_no} /
 * {@code if_primary_term}): two crawlers, or a crawler and an admin, never undo each other's writes.
 */
@Component
public class SourceStore {

    /** More sources than one list shows is a service this portal is not sized for. */
    static final int MAX_LISTED = 10_000;

    private final ElasticsearchClient client;

    public SourceStore(ElasticsearchClient client) {
        this.client = client;
    }

    /** Stores a new source; false when the id is taken (the same URL added twice). */
    boolean create(String id, Source source) throws IOException {
        return VersionConflicts.written(() -> client.create(c -> c.index(Indices.SOURCES).id(id).document(source).refresh(Refresh.True)));
    }

    Optional<Source.Stored> find(String id) throws IOException {
        GetResponse<Source> response = client.get(g -> g.index(Indices.SOURCES).id(id), Source.class);
        if (!response.found() || response.source() == null) {
            return Optional.empty();
        }
        return Optional.of(new Source.Stored(id, response.source(), response.seqNo(), response.primaryTerm()));
    }

    /** Writes the changed source if it is still the version read: false when another write came between (or it was removed). */
    boolean replace(Source.Stored read, Source changed) throws IOException {
        return write(read, changed, Refresh.True);
    }

    /**
     * As {@link #replace}, for a crawler's lease writes (take, renew, finish), without the refresh: the sequence-number
     * check alone keeps two crawlers apart, and a due list read before the write became searchable costs at most a
     * take refused as a conflict. A refresh on every lease write cost the node most of a poll's CPU.
     */
    boolean replaceForLease(Source.Stored read, Source changed) throws IOException {
        return write(read, changed, Refresh.False);
    }

    private boolean write(Source.Stored read, Source changed, Refresh refresh) throws IOException {
        return VersionConflicts.written(() -> client.index(i -> i.index(Indices.SOURCES).id(read.id()).document(changed)
                .ifSeqNo(read.seqNo()).ifPrimaryTerm(read.primaryTerm()).refresh(refresh)));
    }

    boolean delete(String id) throws IOException {
        return client.delete(d -> d.index(Indices.SOURCES).id(id).refresh(Refresh.True)).result() == Result.Deleted;
    }

    /** Every source, oldest first. */
    List<Source.Stored> all() throws IOException {
        return client.search(s -> s.index(Indices.SOURCES).size(MAX_LISTED).seqNoPrimaryTerm(true)
                .sort(o -> o.field(f -> f.field("created_at").order(SortOrder.Asc))), Source.class)
                .hits().hits().stream().map(SourceStore::stored).toList();
    }

    /** Active sources due by {@code now} whose lease (if any) has run out, the longest overdue first. */
    List<Source.Stored> due(Instant now, int limit) throws IOException {
        String at = now.toString();
        return client.search(s -> s.index(Indices.SOURCES).size(limit).seqNoPrimaryTerm(true)
                .query(q -> q.bool(b -> b
                        .filter(f -> f.term(t -> t.field("state").value(FieldValue.of(SourceState.ACTIVE.parameter()))))
                        .filter(f -> f.range(r -> r.date(d -> d.field("next_fetch_at").lte(at))))
                        .mustNot(m -> m.range(r -> r.date(d -> d.field("lease_until").gt(at))))))
                .sort(o -> o.field(f -> f.field("next_fetch_at").order(SortOrder.Asc))), Source.class)
                .hits().hits().stream().map(SourceStore::stored).toList();
    }

    private static Source.Stored stored(Hit<Source> hit) {
        return new Source.Stored(hit.id(), hit.source(), hit.seqNo() == null ? -1 : hit.seqNo(), hit.primaryTerm() == null ? -1 : hit.primaryTerm());
    }
}
