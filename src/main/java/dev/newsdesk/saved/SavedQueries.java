package dev.newsdesk.saved;

import java.io.IOException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

import dev.newsdesk.security.AccountRemoved;

/**
 * Saved queries of one owner: create, list, read, change, delete, open (which records the visit) and the feed token.
 * Every method takes the owner and treats another owner's query as absent.
 */
@Service
class SavedQueries {

    static final int MAX_NAME_LENGTH = 100;
    static final int MAX_QUERY_LENGTH = 4000;
    private static final SecureRandom RANDOM = new SecureRandom();
    /** More than any owner can have, even one saved under a higher limit than today's. */
    private static final int ALL_OF_ONE_OWNER = 10_000;

    private final SavedQueryStore store;
    private final SavedQueryMatches matches;
    private final SavedProperties properties;
    /** One lock per owner, so two saves at once cannot both pass the limit's count (within this app). */
    private final ConcurrentMap<String, Object> ownerLocks = new ConcurrentHashMap<>();

    SavedQueries(SavedQueryStore store, SavedQueryMatches matches, SavedProperties properties) {
        this.store = store;
        this.matches = matches;
        this.properties = properties;
    }

    SavedQuery.Stored create(String owner, String name, String query) throws IOException {
        String checkedName = checkedName(name);
        SavedSearch search = checkedSearch(query);
        synchronized (ownerLocks.computeIfAbsent(owner, key -> new Object())) {
            if (store.countOwnedBy(owner) >= properties.maxPerUser()) {
                throw SavedQueryProblem.tooMany(properties.maxPerUser());
            }
            Instant now = Instant.now();
            SavedQuery.Stored created = new SavedQuery.Stored(UUID.randomUUID().toString(),
                    new SavedQuery(owner, checkedName, search.queryString(), newToken(), now, now));
            store.save(created.id(), created.query()); // refreshes, so the next count sees it
            return created;
        }
    }

    /** An account's saved searches go with it: their feeds stop, and a new account of that name starts with none. */
    @EventListener
    void accountRemoved(AccountRemoved removed) throws IOException {
        store.deleteOwnedBy(removed.ownerId(), ALL_OF_ONE_OWNER);
    }

    List<SavedQuery.Stored> list(String owner) throws IOException {
        return store.ownedBy(owner, properties.maxPerUser());
    }

    SavedQuery.Stored get(String owner, String id) throws IOException {
        return store.find(id).filter(query -> query.owner().equals(owner))
                .map(query -> new SavedQuery.Stored(id, query))
                .orElseThrow(SavedQueryProblem::notFound);
    }

    /** Renames and/or changes the search; a null argument keeps what is there. */
    SavedQuery.Stored update(String owner, String id, String name, String query) throws IOException {
        SavedQuery.Stored current = get(owner, id);
        SavedQuery changed = current.query();
        if (name != null) {
            changed = changed.renamed(checkedName(name));
        }
        if (query != null) {
            changed = changed.withQuery(checkedSearch(query).queryString());
        }
        store.save(id, changed);
        return new SavedQuery.Stored(id, changed);
    }

    void delete(String owner, String id) throws IOException {
        get(owner, id);
        store.delete(id);
    }

    /** Records that its owner opens it now; answers the query as it was before, whose last visit says what is new. */
    SavedQuery.Stored open(String owner, String id) throws IOException {
        SavedQuery.Stored current = get(owner, id);
        store.save(id, current.query().visitedAt(Instant.now()));
        return current;
    }

    /** A new secret for the feed URL; the old URL stops working at once. */
    SavedQuery.Stored regenerateFeedToken(String owner, String id) throws IOException {
        SavedQuery.Stored current = get(owner, id);
        SavedQuery changed = current.query().withFeedToken(newToken());
        store.save(id, changed);
        return new SavedQuery.Stored(id, changed);
    }

    /** The view with what the query finds now. */
    SavedQueryView view(SavedQuery.Stored stored, String feedUrl) throws IOException {
        SavedQuery query = stored.query();
        SavedSearch search = SavedSearch.parse(query.query());
        return new SavedQueryView(stored.id(), query.name(), query.query(), matches.total(search.criteria()),
                matches.newSince(search.criteria(), query.lastVisitedAt()), feedUrl, query.createdAt(), query.lastVisitedAt());
    }

    List<SavedQueryView> views(List<SavedQuery.Stored> stored, java.util.function.Function<SavedQuery, String> feedUrls) throws IOException {
        List<SavedQueryView> views = new ArrayList<>(stored.size());
        for (SavedQuery.Stored query : stored) {
            views.add(view(query, feedUrls.apply(query.query())));
        }
        return views;
    }

    private static String checkedName(String name) {
        String stripped = name == null ? "" : name.strip();
        if (stripped.isEmpty() || stripped.codePointCount(0, stripped.length()) > MAX_NAME_LENGTH) {
            throw SavedQueryProblem.badName();
        }
        return stripped;
    }

    private static SavedSearch checkedSearch(String query) {
        if (query != null && query.length() > MAX_QUERY_LENGTH) {
            throw SavedQueryProblem.queryTooLong();
        }
        SavedSearch search = SavedSearch.parse(query);
        if (search.queryString().length() > MAX_QUERY_LENGTH) {
            throw SavedQueryProblem.queryTooLong();
        }
        return search;
    }

    private static String newToken() {
        byte[] secret = new byte[24];
        RANDOM.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }
}
