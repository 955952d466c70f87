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
import java.util.function.Function;
import java.util.function.UnaryOperator;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

import dev.newsdesk.search.SearchCriteria;
import dev.newsdesk.accounts.AccountRemoved;

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
        CanonicalSearch search = checkedSearch(query);
        synchronized (ownerLocks.computeIfAbsent(owner, key -> new Object())) {
            if (store.countOwnedBy(owner) >= properties.maxPerUser()) {
                throw SavedQueryProblem.tooMany(properties.maxPerUser());
            }
            Instant now = Instant.now();
            SavedQuery.Stored created = new SavedQuery.Stored(UUID.randomUUID().toString(),
                    new SavedQuery(owner, checkedName, search.queryString(), newToken(), now, now));
            store.create(created.id(), created.query()); // refreshes, so the next count sees it
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
        String checkedName = name == null ? null : checkedName(name);
        String checkedQuery = query == null ? null : checkedSearch(query).queryString();
        return change(owner, id, current -> {
            SavedQuery changed = current;
            if (checkedName != null) {
                changed = changed.renamed(checkedName);
            }
            if (checkedQuery != null) {
                changed = changed.withQuery(checkedQuery);
            }
            return changed;
        }).after();
    }

    /** Deletes it whatever changes it at the same time: a change that read it before cannot bring it back. */
    void delete(String owner, String id) throws IOException {
        get(owner, id);
        store.delete(id);
    }

    /** Records that its owner opens it now; answers the query as it was before, whose last visit says what is new. */
    SavedQuery.Stored open(String owner, String id) throws IOException {
        Instant now = Instant.now();
        return change(owner, id, current -> current.visitedAt(now)).before();
    }

    /** A new secret for the feed URL; the old URL stops working at once. */
    SavedQuery.Stored regenerateFeedToken(String owner, String id) throws IOException {
        String token = newToken();
        return change(owner, id, current -> current.withFeedToken(token)).after();
    }

    /**
     * Reads the owner's saved query, changes it and writes it back if no other write came between (else reads again and
     * changes that), at most {@code write-attempts} times. Gone (deleted meanwhile) answers 404 and stays gone.
     */
    private Change change(String owner, String id, UnaryOperator<SavedQuery> change) throws IOException {
        for (int attempt = 1; attempt <= properties.writeAttempts(); attempt++) {
            SavedQueryStore.Versioned read = store.findVersioned(id).filter(found -> found.query().owner().equals(owner))
                    .orElseThrow(SavedQueryProblem::notFound);
            SavedQuery changed = change.apply(read.query());
            if (store.replace(id, changed, read)) {
                return new Change(new SavedQuery.Stored(id, read.query()), new SavedQuery.Stored(id, changed));
            }
        }
        throw SavedQueryProblem.busy();
    }

    private record Change(SavedQuery.Stored before, SavedQuery.Stored after) {
    }

    /** The view with what the query finds now. */
    SavedQueryView view(SavedQuery.Stored stored, String feedUrl) throws IOException {
        return views(List.of(stored), query -> feedUrl).get(0);
    }

    /** The views of many, with what each finds now: one request to Elasticsearch for them all. */
    List<SavedQueryView> views(List<SavedQuery.Stored> stored, Function<SavedQuery, String> feedUrls) throws IOException {
        List<SearchCriteria> criteria = new ArrayList<>(stored.size());
        List<Instant> since = new ArrayList<>(stored.size());
        for (SavedQuery.Stored query : stored) {
            criteria.add(CanonicalSearch.parse(query.query().query()).criteria());
            since.add(query.query().lastVisitedAt());
        }
        List<SavedQueryMatches.Totals> totals = matches.totals(criteria, since);
        List<SavedQueryView> views = new ArrayList<>(stored.size());
        for (int i = 0; i < stored.size(); i++) {
            SavedQuery query = stored.get(i).query();
            views.add(new SavedQueryView(stored.get(i).id(), query.name(), query.query(), totals.get(i).total(), totals.get(i).newSince(),
                    feedUrls.apply(query), query.createdAt(), query.lastVisitedAt()));
        }
        return views;
    }

    private static String checkedName(String name) {
        String stripped = name == null ? "" : name.strip();
        if (stripped.isEmpty() || stripped.codePointCount(0, stripped.length()) > MAX_NAME_LENGTH) {
            throw SavedQueryProblem.badName();
        }
        if (!stripped.codePoints().allMatch(SavedQueries::xmlCharacter)) {
            throw SavedQueryProblem.nameNotText();
        }
        return stripped;
    }

    /** A character XML 1.0 allows (the name is the title of an Atom feed); a lone surrogate is none. */
    private static boolean xmlCharacter(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }

    private static CanonicalSearch checkedSearch(String query) {
        if (query != null && query.length() > MAX_QUERY_LENGTH) {
            throw SavedQueryProblem.queryTooLong();
        }
        CanonicalSearch search = CanonicalSearch.parse(query);
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
