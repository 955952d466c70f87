package dev.newsdesk.accounts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.springframework.context.event.EventListener;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;

import co.elastic.clients.elasticsearch.core.search.Hit;

/**
 * Personal API tokens for scripts: made and revoked by their owner, shown once, stored only as a SHA-256 hash, with
 * the owner's roles or fewer. A token is checked by its hash in a small in-memory cache (a map lookup), so a script's
 * calls cost no bcrypt; revoking, removing the account or taking a role away empties the cache of that owner's tokens.
 */
@Service
public class ApiTokens {

    static final String PREFIX = "nd_";
    /** {@code nd_} and 43 characters of URL-safe base64: 256 random bits. */
    private static final Pattern FORMAT = Pattern.compile("nd_[A-Za-z0-9_-]{43}");
    private static final int MAX_NAME_LENGTH = 100;
    private static final int CACHE_ENTRIES = 10_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiTokenStore store;
    private final AccountProperties properties;
    private final Clock clock = Clock.systemUTC();
    private final Map<String, Checked> cache = new ConcurrentHashMap<>();

    ApiTokens(ApiTokenStore store, AccountProperties properties) {
        this.store = store;
        this.properties = properties;
    }

    /** Makes a token for the caller with the roles asked for (all of the caller's when none), never more than theirs. */
    ApiToken.Created create(Authentication caller, String name, List<String> roles) throws IOException {
        String checkedName = name == null ? "" : name.strip();
        if (checkedName.isEmpty() || checkedName.length() > MAX_NAME_LENGTH || checkedName.chars().anyMatch(Character::isISOControl)) {
            throw AccountProblem.badToken("A token's name is 1 to " + MAX_NAME_LENGTH + " characters, without control characters.");
        }
        List<String> held = Role.implied(Role.of(caller.getAuthorities()));
        List<String> granted = roles == null || roles.isEmpty() ? held : UserAccounts.roles(roles);
        if (!held.containsAll(granted)) {
            throw AccountProblem.badToken("A token can have only roles you have: " + String.join(", ", held) + ".");
        }
        String owner = Owners.of(caller);
        if (store.ownedBy(owner, properties.maxTokensPerUser()).size() >= properties.maxTokensPerUser()) {
            throw AccountProblem.badToken("You have " + properties.maxTokensPerUser() + " tokens, the most one account may have: revoke one first.");
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        ApiToken stored = new ApiToken(newId(), checkedName, owner, caller.getName(), granted, clock.instant());
        store.create(hash(token), stored);
        return new ApiToken.Created(stored.id(), stored.name(), stored.roles(), stored.createdAt(), token);
    }

    List<ApiToken.View> list(String ownerId) throws IOException {
        return store.ownedBy(ownerId, properties.maxTokensPerUser()).stream().map(Hit::source)
                .map(token -> new ApiToken.View(token.id(), token.name(), token.roles(), token.createdAt())).toList();
    }

    void revoke(String ownerId, String id) throws IOException {
        List<String> hashes = store.ownedBy(ownerId, properties.maxTokensPerUser()).stream()
                .filter(hit -> hit.source().id().equals(id)).map(Hit::id).toList();
        if (hashes.isEmpty()) {
            throw AccountProblem.noSuchToken();
        }
        store.delete(hashes);
        forget(ownerId);
    }

    /** Who a token speaks for; empty when it is malformed, unknown or revoked. */
    public Optional<ApiTokenAuthentication> authenticate(String token) throws IOException {
        if (token == null || !FORMAT.matcher(token).matches()) {
            return Optional.empty();
        }
        String hash = hash(token);
        Instant now = clock.instant();
        Checked checked = cache.get(hash);
        if (checked == null || checked.until().isBefore(now)) {
            if (cache.size() >= CACHE_ENTRIES) {
                cache.clear();
            }
            checked = new Checked(store.findByHash(hash).orElse(null), now.plus(properties.tokenCacheTime()));
            cache.put(hash, checked);
        }
        ApiToken found = checked.token();
        return found == null ? Optional.empty()
                : Optional.of(new ApiTokenAuthentication(found.username(), found.ownerId(), found.id(), Role.authorities(found.roles())));
    }

    @EventListener
    void accountRemoved(AccountRemoved removed) throws IOException {
        store.delete(store.ownedBy(removed.ownerId(), properties.maxTokensPerUser()).stream().map(Hit::id).toList());
        forget(removed.ownerId());
    }

    /** A role the account lost goes from its tokens too. */
    @EventListener
    void accountChanged(AccountChanged changed) throws IOException {
        for (Hit<ApiToken> hit : store.ownedBy(changed.ownerId(), properties.maxTokensPerUser())) {
            List<String> kept = hit.source().roles().stream().filter(Role.implied(changed.roles())::contains).toList();
            if (!kept.equals(hit.source().roles())) {
                store.replace(hit.id(), hit.source().withRoles(kept));
            }
        }
        forget(changed.ownerId());
    }

    private void forget(String ownerId) {
        cache.values().removeIf(checked -> checked.token() != null && checked.token().ownerId().equals(ownerId));
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static String newId() {
        byte[] random = new byte[9];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    /** What the store said of a hash, and until when to believe it. */
    private record Checked(ApiToken token, Instant until) {
    }
}
