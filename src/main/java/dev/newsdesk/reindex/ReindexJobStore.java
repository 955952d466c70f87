package dev.newsdesk.reindex;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.search.Hit;
import dev.newsdesk.elasticsearch.Indices;

/** Reindex jobs kept in their own small index (not under the articles alias), so their history survives a restart. */
@Component
class ReindexJobStore {

    private final ElasticsearchClient client;

    ReindexJobStore(ElasticsearchClient client) {
        this.client = client;
    }

    /** Saves the job; {@code visibleNow} makes it show in {@link #recent} and {@link #running} at once. */
    void save(ReindexJob job, boolean visibleNow) throws IOException {
        client.index(i -> i.index(Indices.REINDEX_JOBS).requireAlias(true).id(job.id()).document(job)
                .refresh(visibleNow ? Refresh.WaitFor : Refresh.False));
    }

    Optional<ReindexJob> find(String id) throws IOException {
        var found = client.get(g -> g.index(Indices.REINDEX_JOBS).id(id), ReindexJob.class);
        return found.found() ? Optional.ofNullable(found.source()) : Optional.empty();
    }

    /** The latest jobs, newest first. */
    List<ReindexJob> recent(int count) throws IOException {
        return client.search(s -> s.index(Indices.REINDEX_JOBS).size(count)
                        .sort(o -> o.field(f -> f.field("started_at").order(SortOrder.Desc))), ReindexJob.class)
                .hits().hits().stream().map(Hit::source).toList();
    }

    /** Jobs recorded as running: this app's, another app's on the same cluster, or one whose app died. */
    List<ReindexJob> running() throws IOException {
        return client.search(s -> s.index(Indices.REINDEX_JOBS).size(100)
                        .query(q -> q.term(t -> t.field("state").value(FieldValue.of(ReindexJob.State.RUNNING.parameter())))),
                        ReindexJob.class)
                .hits().hits().stream().map(Hit::source).toList();
    }
}
