package dev.newsdesk.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import dev.newsdesk.accounts.UserAccounts;

/**
 * Counts failed logins per user name and per client address, whether or not the name exists, and says how long the
 * next attempt must wait. An attempt is taken (and counted as a failure) before its password is checked, in one step
 * with the check of the wait, so attempts sent together cannot all slip through when a wait ends. A success then
 * takes back its own count and clears its name's failures; it never clears the address's, so logging in to one's own
 * account between guesses at others gains nothing. An attempt that would be refused only because of attempts still being
 * checked (a client sending its right password on several requests at once) waits for them to be decided, up to
 * {@link #IN_FLIGHT_WAIT}, instead of being refused: the right password clears them, wrong ones make the wait real.
 * Failures fade after {@code login-failure-memory} of quiet. Kept in memory: a restart forgets, which only helps the people who
 * locked themselves out.
 */
@Component
class LoginThrottle {

    /** Beyond this many tracked keys, entries whose wait is long over are dropped. */
    private static final int PRUNE_ABOVE = 10_000;
    /** How long an attempt waits at most for attempts still being checked, about many bcrypt checks. */
    static final Duration IN_FLIGHT_WAIT = Duration.ofSeconds(5);
    private final Map<String, Failures> failures = new HashMap<>();
    /** Attempts taken and not yet decided, per key (also counted in {@link #failures}). */
    private final Map<String, Integer> inFlight = new HashMap<>();
    private final SecurityProperties properties;
    private final Clock clock;

    @Autowired
    LoginThrottle(SecurityProperties properties) {
        this(properties, Clock.systemUTC());
    }

    LoginThrottle(SecurityProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Takes an attempt for this name from this address: zero when it may be made now (and it is counted as failed until
     * {@link #succeeded} or {@link #undecided} says otherwise), else how long attempts must still wait.
     */
    synchronized Duration take(String username, String address) {
        long deadline = System.nanoTime() + IN_FLIGHT_WAIT.toNanos();
        while (true) {
            Instant now = clock.instant();
            Duration wait = longer(waitFor(nameKey(username), properties.freeLoginAttempts(), now, false),
                    address == null ? Duration.ZERO : waitFor(addressKey(address), properties.freeLoginAttemptsPerAddress(), now, false));
            if (wait.isZero()) {
                count(nameKey(username), now);
                if (address != null) {
                    count(addressKey(address), now);
                }
                prune(now);
                return Duration.ZERO;
            }
            Duration decidedWait = longer(waitFor(nameKey(username), properties.freeLoginAttempts(), now, true),
                    address == null ? Duration.ZERO : waitFor(addressKey(address), properties.freeLoginAttemptsPerAddress(), now, true));
            long left = deadline - System.nanoTime();
            if (!decidedWait.isZero() || left <= 0) {
                return wait;
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return wait;
            }
        }
    }

    /** The taken attempt was right: the name's failures are cleared, and the address's count is as before it. */
    synchronized void succeeded(String username, String address) {
        decided(username, address);
        failures.remove(nameKey(username));
        if (address != null) {
            uncount(addressKey(address));
        }
    }

    /** The taken attempt was wrong: it stays counted. */
    synchronized void failed(String username, String address) {
        decided(username, address);
    }

    /** The taken attempt could not be checked (the accounts index did not answer): it counts for nothing. */
    synchronized void undecided(String username, String address) {
        decided(username, address);
        uncount(nameKey(username));
        if (address != null) {
            uncount(addressKey(address));
        }
    }

    private void decided(String username, String address) {
        inFlight.computeIfPresent(nameKey(username), (key, n) -> n <= 1 ? null : n - 1);
        if (address != null) {
            inFlight.computeIfPresent(addressKey(address), (key, n) -> n <= 1 ? null : n - 1);
        }
        notifyAll();
    }

    private static Duration longer(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private void count(String key, Instant now) {
        inFlight.merge(key, 1, Integer::sum);
        failures.merge(key, new Failures(1, now), (old, one) -> new Failures(old.count() + 1, now));
    }

    private void uncount(String key) {
        Failures entry = failures.get(key);
        if (entry != null) {
            if (entry.count() <= 1) {
                failures.remove(key);
            } else {
                failures.put(key, new Failures(entry.count() - 1, entry.last()));
            }
        }
    }

    private void prune(Instant now) {
        if (failures.size() > PRUNE_ABOVE) {
            Instant forgotten = now.minus(properties.loginFailureMemory());
            failures.entrySet().removeIf(entry -> entry.getValue().last().isBefore(forgotten) && !inFlight.containsKey(entry.getKey()));
        }
    }

    /** The wait the failures of this key ask for; {@code decidedOnly} leaves out the attempts still being checked. */
    private Duration waitFor(String key, int freeAttempts, Instant now, boolean decidedOnly) {
        Failures entry = failures.get(key);
        if (entry != null && entry.last().plus(properties.loginFailureMemory()).isBefore(now)) {
            failures.remove(key);
            return Duration.ZERO;
        }
        int count = entry == null ? 0 : entry.count() - (decidedOnly ? inFlight.getOrDefault(key, 0) : 0);
        if (count < freeAttempts) {
            return Duration.ZERO;
        }
        int doublings = Math.min(count - freeAttempts, 30);
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
