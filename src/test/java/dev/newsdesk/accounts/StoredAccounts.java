package dev.newsdesk.accounts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import dev.newsdesk.elasticsearch.Indices;

/** What the accounts index holds of an account, for tests that look at stored data directly. */
public final class StoredAccounts {

    private StoredAccounts() {
    }

    /** The identity an account's saved searches and tokens are stored under. */
    @SuppressWarnings("unchecked")
    public static String ownerId(ElasticsearchClient client, String username) {
        try {
            Map<String, Object> account = client.get(g -> g.index(Indices.ACCOUNTS).id(username), Map.class).source();
            if (account == null) {
                throw new AssertionError("there is no stored account " + username);
            }
            return account.get("id").toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
