package dev.newsdesk.web;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Pattern;

/**
 * The portal as its readers reach it.
 *
 * @param publicUrl the address readers use (for example {@code https://news.example.org}); every absolute URL the portal
 *                  writes (feed addresses, feed entries) starts with it. Without it they come from the request, whose
 *                  {@code Host} header the caller chooses, with forwarded headers read only when
 *                  {@code server.forward-headers-strategy} turns Spring's handling on.
 */
@Validated
@ConfigurationProperties("newsdesk")
public record PortalProperties(@Pattern(regexp = "https?://[^/?#\\s]+(/[^?#\\s]*)?", message = "must be an http(s) URL without query or fragment")
        String publicUrl) {

    /** The configured public URL without a trailing slash, or null. */
    URI base() {
        if (publicUrl == null || publicUrl.isBlank()) {
            return null;
        }
        return URI.create(publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl);
    }
}
