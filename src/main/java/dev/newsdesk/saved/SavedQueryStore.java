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

/** Reads and writes saved queries in their own index; writes refresh the (small) index at once so the next list shows them. */
@Component
class SavedQueryStore {

    private final ElasticsearchClient client;

    SavedQueryStore(ElasticsearchClient client) {
        this.client = client;
    }

    void save(String id, SavedQuery query) throws IOException {
        client.index(i -> i.index(Indices.SAVED_QUERIES).id(id).document(query).refresh(Refresh.True));
    }

    Optional<SavedQuery> find(String id) throws IOException {
        GetResponse<SavedQuery> response = client.get(g -> g.index(Indices.SAVED_QUERIES).id(id), SavedQuery.class);
        return response.found() ? Optional.ofNullable(response.source()) : Optional.empty();
    }

    Optional<SavedQuery.Stored> findByFeedToken(String token) throws IOException {
        return client.search(s -> s.index(Indices.SAVED_QUERIES).size(1)
                        .query(q -> q.term(t -> t.field("feed_token").value(FieldValue.of(token)))), SavedQuery.class)
                .hits().hits().stream().findFirst().map(hit -> new SavedQuery.Stored(hit.id(), hit.source()));
    }

    /** An owner's saved queries, newest first. */
    List<SavedQuery.Stored> ownedBy(String owner, int limit) throws IOException {
        return client.search(s -> s.index(Indices.SAVED_QUERIES).size(limit)
                        .query(q -> q.term(t -> t.field("owner").value(FieldValue.of(owner))))
                        .sort(o -> o.field(f -> f.field("created_at").order(SortOrder.Desc))), SavedQuery.class)
                .hits().hits().stream().map(hit -> new SavedQuery.Stored(hit.id(), hit.source())).toList();
    }

    long countOwnedBy(String owner) throws IOException {
        return client.count(c -> c.index(Indices.SAVED_QUERIES).query(q -> q.term(t -> t.field("owner").value(FieldValue.of(owner))))).count();
    }

    /** Deletes every saved query of an owner (at most {@code limit} of them, the most one owner can keep). */
    void deleteOwnedBy(String owner, int limit) throws IOException {
        List<SavedQuery.Stored> owned = ownedBy(owner, limit);
        if (owned.isEmpty()) {
            return;
        }
        client.bulk(b -> {
            owned.forEach(query -> b.operations(o -> o.delete(d -> d.index(Indices.SAVED_QUERIES).id(query.id()))));
            return b.refresh(Refresh.True);
        });
    }

    boolean delete(String id) throws IOException {
        return client.delete(d -> d.index(Indices.SAVED_QUERIES).id(id).refresh(Refresh.True)).result() == Result.Deleted;
    }
}
