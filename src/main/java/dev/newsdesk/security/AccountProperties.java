package dev.newsdesk.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Login throttling: after {@code freeLoginAttempts} failures in a row for one user name (or
 * {@code freeLoginAttemptsPerAddress} from one client address, which a newsroom's users may share), each further
 * attempt must wait twice as long as the one before (1 s, 2 s, 4 s, ...), at most {@code maxLoginDelay}.
 */
@ConfigurationProperties("newsdesk.accounts")
public record AccountProperties(@DefaultValue("5") int freeLoginAttempts,
        @DefaultValue("20") int freeLoginAttemptsPerAddress, @DefaultValue("5m") Duration maxLoginDelay) {
}
