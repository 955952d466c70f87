package dev.newsdesk.sources.fetch;

import java.time.Duration;
import java.util.List;

/** Fetch settings for tests against loopback servers: private addresses allowed, no host delay, short timeouts. */
final class TestSettings {

    Duration hostDelay = Duration.ZERO;
    int maxPerHost = 2;
    boolean allowPrivateAddresses = true;
    List<String> allowedAddresses = List.of();
    String contactUrl = "";
    Duration connectTimeout = Duration.ofSeconds(1);
    Duration readTimeout = Duration.ofSeconds(2);
    Duration totalTimeout = Duration.ofSeconds(3);
    int maxRedirects = 5;
    int maxResponseMegabytes = 1;
    Duration robotsCacheTime = Duration.ofHours(1);

    static TestSettings loopback() {
        return new TestSettings();
    }

    FetchProperties properties() {
        return new FetchProperties(hostDelay, maxPerHost, allowPrivateAddresses, allowedAddresses, contactUrl, connectTimeout,
                readTimeout, totalTimeout, maxRedirects, maxResponseMegabytes, robotsCacheTime);
    }

    PageFetcher fetcher() {
        FetchProperties properties = properties();
        return new PageFetcher(properties, new AddressGuard(properties, List.of()));
    }
}
