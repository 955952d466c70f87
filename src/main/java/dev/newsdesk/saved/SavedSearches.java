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
 * Saved searches of one owner: create, list, read, change, delete, open (which records the visit) and the feed token.
 * Every method takes the owner and treats another owner's saved search as absent.
 */
@Service
class SavedSearches {

    static final int MAX_NAME_LENGTH = 100;
    static final int MAX_QUERY_LENGTH = 4000;
    private static final SecureRandom RANDOM = new SecureRandom();
    /** More than any owner can have, even one saved under a higher limit than today's. */
    private static final int ALL_OF_ONE_OWNER = 10_000;

    private final SavedSearchStore store;
    private final SavedSearchMatches matches;
    private final SavedProperties properties;
    /** One lock per owner, so two saves at once cannot both pass the limit's count (within this app). */
    private final ConcurrentMap<String, Object> ownerLocks = new ConcurrentHashMap<>();

    SavedSearches(SavedSearchStore store, SavedSearchMatches matches, SavedProperties properties) {
        this.store = store;
        this.matches = matches;
        this.properties = properties;
    }

    SavedSearch.Stored create(String owner, String name, String query) throws IOException {
        String checkedName = checkedName(name);
        CanonicalSearch search = checkedSearch(query);
        synchronized (ownerLocks.computeIfAbsent(owner, key -> new Object())) {
            if (store.countOwnedBy(owner) >= properties.maxPerUser()) {
                throw SavedSearchProblem.tooMany(properties.maxPerUser());
            }
            Instant now = Instant.now();
            SavedSearch.Stored created = new SavedSearch.Stored(UUID.randomUUID().toString(),
                    new SavedSearch(owner, checkedName, search.queryString(), newToken(), now, now));
            store.create(created.id(), created.search()); // refreshes, so the next count sees it
            return created;
        }
    }

    /** An account's saved searches go with it: their feeds stop, and a new account of that name starts with none. */
    @EventListener
    void accountRemoved(AccountRemoved removed) throws IOException {
        store.deleteOwnedBy(removed.ownerId(), ALL_OF_ONE_OWNER);
    }

    List<SavedSearch.Stored> list(String owner) throws IOException {
        return store.ownedBy(owner, properties.maxPerUser());
    }

    SavedSearch.Stored get(String owner, String id) throws IOException {
        return store.find(id).filter(saved -> saved.owner().equals(owner))
                .map(saved -> new SavedSearch.Stored(id, saved))
                .orElseThrow(SavedSearchProblem::notFound);
    }

    /** Renames and/or changes the search; a null argument keeps what is there. */
    SavedSearch.Stored update(String owner, String id, String name, String query) throws IOException {
        String checkedName = name == null ? null : checkedName(name);
        String checkedQuery = query == null ? null : checkedSearch(query).queryString();
        return change(owner, id, current -> {
            SavedSearch changed = current;
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

    /** Records that its owner opens it now; answers the saved search as it was before, whose last visit says what is new. */
    SavedSearch.Stored open(String owner, String id) throws IOException {
        Instant now = Instant.now();
        return change(owner, id, current -> current.visitedAt(now)).before();
    }

    /** A new secret for the feed URL; the old URL stops working at once. */
    SavedSearch.Stored regenerateFeedToken(String owner, String id) throws IOException {
        String token = newToken();
        return change(owner, id, current -> current.withFeedToken(token)).after();
    }

    /**
     * Reads the owner's saved search, changes it and writes it back if no other write came between (else reads again and
     * changes that), at most {@code write-attempts} times. Gone (deleted meanwhile) answers 404 and stays gone.
     */
    private Change change(String owner, String id, UnaryOperator<SavedSearch> change) throws IOException {
        for (int attempt = 1; attempt <= properties.writeAttempts(); attempt++) {
            SavedSearchStore.Versioned read = store.findVersioned(id).filter(found -> found.search().owner().equals(owner))
                    .orElseThrow(SavedSearchProblem::notFound);
            SavedSearch changed = change.apply(read.search());
            if (store.replace(id, changed, read)) {
                return new Change(new SavedSearch.Stored(id, read.search()), new SavedSearch.Stored(id, changed));
            }
        }
        throw SavedSearchProblem.busy();
    }

    private record Change(SavedSearch.Stored before, SavedSearch.Stored after) {
    }

    /** The view with what the saved search finds now. */
    SavedSearchView view(SavedSearch.Stored stored, String feedUrl) throws IOException {
        return views(List.of(stored), saved -> feedUrl).get(0);
    }

    /** The views of many, with what each finds now: one request to Elasticsearch for them all. */
    List<SavedSearchView> views(List<SavedSearch.Stored> stored, Function<SavedSearch, String> feedUrls) throws IOException {
        List<SearchCriteria> criteria = new ArrayList<>(stored.size());
        List<Instant> since = new ArrayList<>(stored.size());
        for (SavedSearch.Stored each : stored) {
            criteria.add(CanonicalSearch.parse(each.search().query()).criteria());
            since.add(each.search().lastVisitedAt());
        }
        List<SavedSearchMatches.Totals> totals = matches.totals(criteria, since);
        List<SavedSearchView> views = new ArrayList<>(stored.size());
        for (int i = 0; i < stored.size(); i++) {
            SavedSearch saved = stored.get(i).search();
            views.add(new SavedSearchView(stored.get(i).id(), saved.name(), saved.query(), totals.get(i).total(), totals.get(i).newSince(),
                    feedUrls.apply(saved), saved.createdAt(), saved.lastVisitedAt()));
        }
        return views;
    }

    private static String checkedName(String name) {
        String stripped = name == null ? "" : name.strip();
        if (stripped.isEmpty() || stripped.codePointCount(0, stripped.length()) > MAX_NAME_LENGTH) {
            throw SavedSearchProblem.badName();
        }
        if (!stripped.codePoints().allMatch(SavedSearches::xmlCharacter)) {
            throw SavedSearchProblem.nameNotText();
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
            throw SavedSearchProblem.queryTooLong();
        }
        CanonicalSearch search = CanonicalSearch.parse(query);
        if (search.queryString().length() > MAX_QUERY_LENGTH) {
            throw SavedSearchProblem.queryTooLong();
        }
        return search;
    }

    private static String newToken() {
        byte[] secret = new byte[24];
        RANDOM.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }
}
