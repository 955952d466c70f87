package dev.newsdesk.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The admin account. Without a configured password the app makes one up at startup and logs it once. */
@ConfigurationProperties("newsdesk.security")
public record SecurityProperties(String adminUsername, String adminPassword) {
}
