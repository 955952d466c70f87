package dev.newsdesk.sources.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** Bound with Spring's binder alone, without an application context. */
class FetchPropertiesTest {

    private static FetchProperties bind(Map<String, String> settings) {
        return new Binder(new MapConfigurationPropertySource(settings)).bindOrCreate("newsdesk.sources", FetchProperties.class);
    }

    @Test
    void theDefaultsInCodeAreTheBoundDefaults() {
        assertThat(bind(Map.of())).isEqualTo(FetchProperties.defaults());
    }

    @Test
    void bindsTheSettingsInKebabCase() {
        FetchProperties properties = bind(Map.of("newsdesk.sources.host-delay", "500ms",
                "newsdesk.sources.allowed-addresses", "10.1.0.0/16,fd00::/8",
                "newsdesk.sources.allow-private-addresses", "true", "newsdesk.sources.max-response-megabytes", "7"));

        assertThat(properties.hostDelay()).isEqualTo(Duration.ofMillis(500));
        assertThat(properties.allowedAddresses()).containsExactly("10.1.0.0/16", "fd00::/8");
        assertThat(properties.allowPrivateAddresses()).isTrue();
        assertThat(properties.maxResponseMegabytes()).isEqualTo(7);
    }
}
