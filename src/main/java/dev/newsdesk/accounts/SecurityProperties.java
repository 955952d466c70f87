package dev.newsdesk.accounts;

import java.nio.file.Path;

import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The admin account.
 *
 * @param adminUsername the admin's user name
 * @param adminPassword the admin's password; without one (nor a file) the app makes one up at startup and logs it once.
 *                      On the command line every local user can read it in {@code /proc}: prefer the file or the
 *                      environment variable {@code NEWSDESK_SECURITY_ADMIN_PASSWORD}
 * @param adminPasswordFile a file whose first line is the admin's password (readable by the portal's user alone)
 */
@Validated
@ConfigurationProperties("newsdesk.security")
public record SecurityProperties(@DefaultValue("admin") @NotBlank String adminUsername, String adminPassword, Path adminPasswordFile) {
}
