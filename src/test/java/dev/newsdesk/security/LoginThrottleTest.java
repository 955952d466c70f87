package dev.newsdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final MovableClock clock = new MovableClock();
    private final LoginThrottle throttle = new LoginThrottle(
            new SecurityProperties(5, 20, Duration.ofMinutes(5), Duration.ofHours(1)), clock);

    @Test
    void goodLoginsToOnesOwnAccountDoNotClearTheAddresssFailures() {
        for (int guess = 0; guess < 19; guess++) {
            assertThat(guess("victim" + guess, "10.0.0.9")).isZero();
            assertThat(throttle.take("attacker", "10.0.0.9")).isZero();
            throttle.succeeded("attacker", "10.0.0.9");
        }
        assertThat(guess("victim19", "10.0.0.9")).isZero();

        assertThat(throttle.take("victim-next", "10.0.0.9")).isPositive();
        assertThat(throttle.take("victim-next", "10.0.0.10")).as("another address is not held up").isZero();
    }

    @Test
    void aSuccessClearsItsOwnNamesFailures() {
        for (int i = 0; i < 4; i++) {
            guess("alice", "10.0.0.1");
        }
        throttle.take("alice", "10.0.0.1");
        throttle.succeeded("alice", "10.0.0.1");

        assertThat(throttle.take("alice", "10.0.0.2")).isZero();
    }

    @Test
    void attemptsSentTogetherWhenAWaitEndsAreLetThroughOneAtATime() throws Exception {
        for (int i = 0; i < 5; i++) {
            guess("target", null);
        }
        assertThat(throttle.take("target", null)).isPositive();
        clock.advance(Duration.ofSeconds(2));

        ExecutorService pool = Executors.newFixedThreadPool(15);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Duration>> attempts = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            attempts.add(pool.submit(() -> {
                start.await();
                return throttle.take("target", null);
            }));
        }
        start.countDown();
        int allowed = 0;
        for (Future<Duration> attempt : attempts) {
            allowed += attempt.get().isZero() ? 1 : 0;
        }
        pool.shutdown();

        assertThat(allowed).isEqualTo(1);
    }

    @Test
    void anAttemptThatCouldNotBeCheckedCountsForNothing() {
        for (int i = 0; i < 10; i++) {
            throttle.take("bob", "10.0.0.3");
            throttle.undecided("bob", "10.0.0.3");
        }

        assertThat(throttle.take("bob", "10.0.0.3")).isZero();
    }

    @Test
    void failuresFadeAfterTheirMemory() {
        for (int i = 0; i < 20; i++) {
            guess("name" + i, "10.0.0.4");
        }
        assertThat(throttle.take("someone", "10.0.0.4")).isPositive();

        clock.advance(Duration.ofMinutes(61));

        assertThat(throttle.take("someone", "10.0.0.4")).isZero();
    }

    @Test
    void rightLoginsSentTogetherWaitForEachOtherInsteadOfBeingRefused() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Duration>> attempts = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            attempts.add(pool.submit(() -> {
                start.await();
                Duration wait = throttle.take("busy", "10.0.0.5");
                if (wait.isZero()) {
                    Thread.sleep(50); // the password check
                    throttle.succeeded("busy", "10.0.0.5");
                }
                return wait;
            }));
        }
        start.countDown();
        for (Future<Duration> attempt : attempts) {
            assertThat(attempt.get()).isZero();
        }
        pool.shutdown();
    }

    @Test
    void wrongLoginsSentTogetherStillStopAtTheFreeAttempts() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Duration>> attempts = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            attempts.add(pool.submit(() -> {
                start.await();
                Duration wait = throttle.take("guessed", "10.0.0.6");
                if (wait.isZero()) {
                    Thread.sleep(50);
                    throttle.failed("guessed", "10.0.0.6");
                }
                return wait;
            }));
        }
        start.countDown();
        int allowed = 0;
        for (Future<Duration> attempt : attempts) {
            allowed += attempt.get().isZero() ? 1 : 0;
        }
        pool.shutdown();

        assertThat(allowed).isEqualTo(5);
    }

    /** A wrong password: taken, then failed. */
    private Duration guess(String name, String address) {
        Duration wait = throttle.take(name, address);
        if (wait.isZero()) {
            throttle.failed(name, address);
        }
        return wait;
    }

    private static final class MovableClock extends Clock {

        private volatile Instant now = Instant.parse("2026-12-01T10:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
