package dev.newsdesk.accounts;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import dev.newsdesk.elasticsearch.Indices;

/** Reads and writes API tokens in their own index, each under the hash of its secret. */
@Component
class ApiTokenStore {

    private final ElasticsearchClient client;

    ApiTokenStore(ElasticsearchClient client) {
        this.client = client;
    }

    void create(String hash, ApiToken token) throws IOException {
        client.create(c -> c.index(Indices.API_TOKENS).id(hash).document(token).refresh(Refresh.True));
    }

    Optional<ApiToken> findByHash(String hash) throws IOException {
        GetResponse<ApiToken> response = client.get(g -> g.index(Indices.API_TOKENS).id(hash), ApiToken.class);
        return response.found() ? Optional.ofNullable(response.source()) : Optional.empty();
    }

    /** An owner's tokens with their hashes, newest first. */
    List<Hit<ApiToken>> ownedBy(String ownerId, int limit) throws IOException {
        return client.search(s -> s.index(Indices.API_TOKENS).size(limit)
                .query(q -> q.term(t -> t.field("owner_id").value(FieldValue.of(ownerId))))
                .sort(o -> o.field(f -> f.field("created_at").order(SortOrder.Desc))), ApiToken.class).hits().hits();
    }

    void replace(String hash, ApiToken token) throws IOException {
        client.index(i -> i.index(Indices.API_TOKENS).id(hash).document(token).refresh(Refresh.True));
    }

    void delete(List<String> hashes) throws IOException {
        if (hashes.isEmpty()) {
            return;
        }
        client.bulk(b -> {
            hashes.forEach(hash -> b.operations(o -> o.delete(d -> d.index(Indices.API_TOKENS).id(hash))));
            return b.refresh(Refresh.True);
        });
    }
}
