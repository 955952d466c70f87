package dev.newsdesk.accounts;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * The admin account from configuration, and API tokens.
 *
 * @param adminUsername the admin's user name
 * @param adminPassword the admin's password; without one (nor a file) the app makes one up at startup and logs it once.
 *                      On the command line every local user can read it in {@code /proc}: prefer the file or the
 *                      environment variable {@code NEWSDESK_ACCOUNTS_ADMIN_PASSWORD}
 * @param adminPasswordFile a file whose first line is the admin's password (readable by the portal's user alone)
 * @param maxTokensPerUser how many API tokens one account may hold
 * @param tokenCacheTime how long a checked token is trusted without asking Elasticsearch again; a token revoked
 *                       through this portal stops at once, one revoked through another portal of the cluster within this
 */
@Validated
@ConfigurationProperties("newsdesk.accounts")
public record AccountProperties(@DefaultValue("admin") @NotBlank String adminUsername, String adminPassword, Path adminPasswordFile,
        @DefaultValue("20") @Min(1) @Max(1000) int maxTokensPerUser, @DefaultValue("10s") @NotNull Duration tokenCacheTime) {
}
