package dev.newsdesk.saved;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.Result;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.GetResponse;
import dev.newsdesk.elasticsearch.Indices;
import dev.newsdesk.elasticsearch.VersionConflicts;

/** Reads and writes saved searches in their own index; writes refresh the (small) index at once so the next list shows them. */
@Component
class SavedSearchStore {

    private final ElasticsearchClient client;

    SavedSearchStore(ElasticsearchClient client) {
        this.client = client;
    }

    /** Stores a new saved search; an id already taken is refused (by Elasticsearch) rather than overwritten. */
    void create(String id, SavedSearch saved) throws IOException {
        client.create(c -> c.index(Indices.SAVED_SEARCHES).id(id).document(saved).refresh(Refresh.True));
    }

    Optional<SavedSearch> find(String id) throws IOException {
        return findVersioned(id).map(Versioned::search);
    }

    /** The saved search with the sequence number and primary term of the read, for {@link #replace}. */
    Optional<Versioned> findVersioned(String id) throws IOException {
        GetResponse<SavedSearch> response = client.get(g -> g.index(Indices.SAVED_SEARCHES).id(id), SavedSearch.class);
        if (!response.found() || response.source() == null) {
            return Optional.empty();
        }
        return Optional.of(new Versioned(response.source(), response.seqNo(), response.primaryTerm()));
    }

    /**
     * Writes the changed saved search only if the document is still the version that was read: false when it changed or went
     * away since (a version conflict), so a write never undoes another's or brings back a deleted saved search.
     */
    boolean replace(String id, SavedSearch changed, Versioned read) throws IOException {
        return VersionConflicts.written(() -> client.index(i -> i.index(Indices.SAVED_SEARCHES).id(id).document(changed)
                .ifSeqNo(read.seqNo()).ifPrimaryTerm(read.primaryTerm()).refresh(Refresh.True)));
    }

    /** A saved search as read, with what an optimistic write needs. */
    record Versioned(SavedSearch search, long seqNo, long primaryTerm) {
    }

    Optional<SavedSearch.Stored> findByFeedToken(String token) throws IOException {
        return client.search(s -> s.index(Indices.SAVED_SEARCHES).size(1)
                        .query(q -> q.term(t -> t.field("feed_token").value(FieldValue.of(token)))), SavedSearch.class)
                .hits().hits().stream().findFirst().map(hit -> new SavedSearch.Stored(hit.id(), hit.source()));
    }

    /** An owner's saved searches, newest first. */
    List<SavedSearch.Stored> ownedBy(String owner, int limit) throws IOException {
        return client.search(s -> s.index(Indices.SAVED_SEARCHES).size(limit)
                        .query(q -> q.term(t -> t.field("owner").value(FieldValue.of(owner))))
                        .sort(o -> o.field(f -> f.field("created_at").order(SortOrder.Desc))), SavedSearch.class)
                .hits().hits().stream().map(hit -> new SavedSearch.Stored(hit.id(), hit.source())).toList();
    }

    long countOwnedBy(String owner) throws IOException {
        return client.count(c -> c.index(Indices.SAVED_SEARCHES).query(q -> q.term(t -> t.field("owner").value(FieldValue.of(owner))))).count();
    }

    /** Deletes every saved search of an owner (at most {@code limit} of them, the most one owner can keep). */
    void deleteOwnedBy(String owner, int limit) throws IOException {
        List<SavedSearch.Stored> owned = ownedBy(owner, limit);
        if (owned.isEmpty()) {
            return;
        }
        client.bulk(b -> {
            owned.forEach(saved -> b.operations(o -> o.delete(d -> d.index(Indices.SAVED_SEARCHES).id(saved.id()))));
            return b.refresh(Refresh.True);
        });
    }

    boolean delete(String id) throws IOException {
        return client.delete(d -> d.index(Indices.SAVED_SEARCHES).id(id).refresh(Refresh.True)).result() == Result.Deleted;
    }
}
