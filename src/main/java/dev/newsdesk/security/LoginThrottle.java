package dev.newsdesk.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Counts failed logins per user name and per client address, whether or not the name exists, and says how long the
 * next attempt must wait. A success clears the name's count. Kept in memory: a restart forgets, which only helps the
 * people who locked themselves out.
 */
@Component
class LoginThrottle {

    /** Beyond this many tracked keys, entries whose wait is long over are dropped. */
    private static final int PRUNE_ABOVE = 10_000;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final AccountProperties properties;
    private final Clock clock;

    @Autowired
    LoginThrottle(AccountProperties properties) {
        this(properties, Clock.systemUTC());
    }

    LoginThrottle(AccountProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /** How long attempts for this name from this address must still wait; zero when one may be made now. */
    Duration wait(String username, String address) {
        Instant now = clock.instant();
        Duration byName = waitFor(nameKey(username), properties.freeLoginAttempts(), now);
        Duration byAddress = address == null ? Duration.ZERO : waitFor(addressKey(address), properties.freeLoginAttemptsPerAddress(), now);
        return byName.compareTo(byAddress) >= 0 ? byName : byAddress;
    }

    void failed(String username, String address) {
        Instant now = clock.instant();
        failures.merge(nameKey(username), new Failures(1, now), (old, one) -> new Failures(old.count() + 1, now));
        if (address != null) {
            failures.merge(addressKey(address), new Failures(1, now), (old, one) -> new Failures(old.count() + 1, now));
        }
        if (failures.size() > PRUNE_ABOVE) {
            Instant forgotten = now.minus(properties.maxLoginDelay().multipliedBy(2));
            failures.values().removeIf(entry -> entry.last().isBefore(forgotten));
        }
    }

    void succeeded(String username, String address) {
        failures.remove(nameKey(username));
        if (address != null) {
            failures.remove(addressKey(address));
        }
    }

    private Duration waitFor(String key, int freeAttempts, Instant now) {
        Failures entry = failures.get(key);
        if (entry == null || entry.count() < freeAttempts) {
            return Duration.ZERO;
        }
        int doublings = Math.min(entry.count() - freeAttempts, 30);
        Duration delay = Duration.ofSeconds(1L << doublings);
        if (delay.compareTo(properties.maxLoginDelay()) > 0) {
            delay = properties.maxLoginDelay();
        }
        Duration left = Duration.between(now, entry.last().plus(delay));
        return left.isNegative() ? Duration.ZERO : left;
    }

    private static String nameKey(String username) {
        return "name:" + UserAccounts.normalized(username);
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }

    private record Failures(int count, Instant last) {
    }
}
