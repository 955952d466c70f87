package dev.newsdesk.soak;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.newsdesk.benchmark.SearchQuery;
import dev.newsdesk.security.PortalClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The readers of a soak: accounts made through the admin API, each with saved searches from the query mix, whose
 * Atom feeds the clients then follow without a login, as feed readers do.
 */
final class SavedSearches {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SavedSearches() {
    }

    /**
     * Creates {@code users} accounts named {@code usernamePrefix} and a number from 1, with {@code perUser} saved
     * searches each, taken in turn from {@code queries}, and returns the path of every feed. The portal must run with
     * {@link PortalClient#ADMIN_PASSWORD}.
     */
    static List<String> create(PortalClient portal, String usernamePrefix, int users, int perUser, List<SearchQuery> queries) {
        List<String> feeds = new ArrayList<>();
        for (int user = 1; user <= users; user++) {
            String username = usernamePrefix + user;
            String password = "soak reader password " + user;
            portal.createUser(username, password);
            for (int saved = 0; saved < perUser; saved++) {
                SearchQuery query = queries.get(((user - 1) * perUser + saved) % queries.size());
                Map<String, String> body = new LinkedHashMap<>();
                body.put("name", "Soak search " + (saved + 1));
                body.put("query", query.queryString());
                HttpResponse<String> created = portal.postJson("/api/saved-queries", JSON.writeValueAsString(body), username, password);
                if (created.statusCode() != 201) {
                    throw new IllegalStateException("saving " + body + " for " + username + " answered " + created.statusCode() + ": " + created.body());
                }
                feeds.add(URI.create(PortalClient.json(created).path("feedUrl").asString()).getRawPath());
            }
        }
        return List.copyOf(feeds);
    }
}
