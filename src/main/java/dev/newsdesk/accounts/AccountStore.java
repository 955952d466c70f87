package dev.newsdesk.accounts;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.GetResponse;
import dev.newsdesk.elasticsearch.Indices;
import dev.newsdesk.elasticsearch.VersionConflicts;

/** Reads and writes accounts in their own index, one document per account with the user name as its id. */
@Component
class AccountStore {

    /** More accounts than a newsroom has; the admin list shows them all. */
    static final int MAX_LISTED = 10_000;
    private final ElasticsearchClient client;

    AccountStore(ElasticsearchClient client) {
        this.client = client;
    }

    Optional<Account> find(String username) throws IOException {
        GetResponse<Account> response = client.get(g -> g.index(Indices.ACCOUNTS).id(username), Account.class);
        return response.found() ? Optional.ofNullable(response.source()) : Optional.empty();
    }

    /** Stores a new account; false when one with that name exists already. */
    boolean create(Account account) throws IOException {
        return VersionConflicts.written(
                () -> client.create(c -> c.index(Indices.ACCOUNTS).id(account.username()).document(account).refresh(Refresh.True)));
    }

    List<Account> all() throws IOException {
        return client.search(s -> s.index(Indices.ACCOUNTS).size(MAX_LISTED)
                        .sort(o -> o.field(f -> f.field("username").order(SortOrder.Asc))), Account.class)
                .hits().hits().stream().map(hit -> hit.source()).toList();
    }

    /** Replaces what is stored of an account, by its name; false when there is none (removed meanwhile). */
    boolean replace(Account account) throws IOException {
        try {
            client.update(u -> u.index(Indices.ACCOUNTS).id(account.username()).doc(account).refresh(Refresh.True), Account.class);
            return true;
        } catch (ElasticsearchException e) {
            if (e.status() == 404) {
                return false;
            }
            throw e;
        }
    }

    /** Removes an account; false when there was none. */
    boolean delete(String username) throws IOException {
        return client.delete(d -> d.index(Indices.ACCOUNTS).id(username).refresh(Refresh.True)).result()
                == co.elastic.clients.elasticsearch._types.Result.Deleted;
    }
}
