package dev.newsdesk.sources.fetch;

import java.time.Duration;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the crawler fetches pages from news sites: politely (per host), safely (never into the portal's own network) and
 * within bounds of time and size.
 *
 * @param hostDelay             the least time between the starts of two requests to one host ({@code host:port});
 *                              {@code 0s} does not wait
 * @param maxPerHost            requests to one host in flight at once
 * @param allowPrivateAddresses whether sites may resolve to loopback, private, link-local, unique-local, CGNAT or
 *                              multicast addresses; off, a feed cannot make the crawler reach the portal's own network
 *                              (cloud metadata at 169.254.169.254, admin pages on localhost)
 * @param allowedAddresses      address blocks in CIDR notation (e.g. {@code 10.1.0.0/16}, {@code fd00::/8}) reachable
 *                              even when private addresses are not, for intranet sources
 * @param contactUrl            a page or {@code mailto:} address for site owners, sent in the User-Agent header
 * @param connectTimeout        how long to wait for a connection to a site
 * @param readTimeout           how long to wait for the answer's headers once the request is sent
 * @param totalTimeout          the most one fetch takes, redirects and body included: a site that trickles bytes is
 *                              cut off after it
 * @param maxRedirects          redirects followed for one fetch; more are refused
 * @param maxResponseMegabytes  the largest body read, counted after decompression; larger answers are refused
 * @param robotsCacheTime       how long a site's robots.txt is kept before it is fetched again
 */
@Validated
@ConfigurationProperties("newsdesk.sources")
public record FetchProperties(
        @DefaultValue("2s") @NotNull Duration hostDelay,
        @DefaultValue("2") @Min(1) @Max(100) int maxPerHost,
        @DefaultValue("false") boolean allowPrivateAddresses,
        @DefaultValue List<@Pattern(regexp = "[0-9A-Fa-f:.]+(/\\d{1,3})?", message = "must be an IP address block such as 10.1.0.0/16") String> allowedAddresses,
        @DefaultValue("") @Pattern(regexp = "|(https?|mailto):\\S+", message = "must be an http(s) or mailto URL") String contactUrl,
        @DefaultValue("5s") @NotNull @DurationMin(millis = 1) Duration connectTimeout,
        @DefaultValue("20s") @NotNull @DurationMin(millis = 1) Duration readTimeout,
        @DefaultValue("60s") @NotNull @DurationMin(millis = 1) Duration totalTimeout,
        @DefaultValue("5") @Min(0) @Max(50) int maxRedirects,
        @DefaultValue("50") @Min(1) @Max(2048) int maxResponseMegabytes,
        @DefaultValue("1h") @NotNull Duration robotsCacheTime) {

    public FetchProperties {
        allowedAddresses = allowedAddresses == null ? List.of() : List.copyOf(allowedAddresses);
        contactUrl = contactUrl == null ? "" : contactUrl;
    }

    /** The settings' defaults, as Spring binds them when none is given. */
    public static FetchProperties defaults() {
        return new FetchProperties(Duration.ofSeconds(2), 2, false, List.of(), "", Duration.ofSeconds(5), Duration.ofSeconds(20),
                Duration.ofSeconds(60), 5, 50, Duration.ofHours(1));
    }

    /** A copy that reaches private addresses, or not. */
    public FetchProperties withAllowPrivateAddresses(boolean allow) {
        return new FetchProperties(hostDelay, maxPerHost, allow, allowedAddresses, contactUrl, connectTimeout, readTimeout,
                totalTimeout, maxRedirects, maxResponseMegabytes, robotsCacheTime);
    }

    long maxResponseBytes() {
        return maxResponseMegabytes * 1024L * 1024L;
    }
}
