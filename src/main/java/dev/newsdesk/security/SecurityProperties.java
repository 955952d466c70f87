package dev.newsdesk.security;

import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The admin account.
 *
 * @param adminUsername the admin's user name
 * @param adminPassword the admin's password; without one the app makes one up at startup and logs it once
 */
@Validated
@ConfigurationProperties("newsdesk.security")
public record SecurityProperties(@DefaultValue("admin") @NotBlank String adminUsername, String adminPassword) {
}
