package dev.newsdesk.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * Login throttling. After {@code freeLoginAttempts} failures in a row for one user name (or
 * {@code freeLoginAttemptsPerAddress} from one client address, which a newsroom's users may share), each further
 * attempt must wait twice as long as the one before (1 s, 2 s, 4 s, ...), at most {@code maxLoginDelay}.
 *
 * @param loginFailureMemory how long failures are remembered after the last one: a name or address quiet for this long
 *                           starts afresh (an address's count is never cleared by a success, so it must fade)
 */
@Validated
@ConfigurationProperties("newsdesk.security")
public record SecurityProperties(@DefaultValue("5") @Min(1) int freeLoginAttempts,
        @DefaultValue("20") @Min(1) int freeLoginAttemptsPerAddress, @DefaultValue("5m") @NotNull Duration maxLoginDelay,
        @DefaultValue("1h") @NotNull Duration loginFailureMemory) {
}
