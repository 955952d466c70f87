package dev.newsdesk.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.newsdesk.BoundSettings;

/** How the client authenticates to an external cluster. */
class ElasticsearchClientsTest {

    @Test
    void encodesBasicCredentialsAsUtf8WhateverThePlatformCharset() {
        ElasticsearchProperties properties = settings(Map.of("username", "jürgen", "password", "pässwörd"));

        // base64 of the UTF-8 bytes of "jürgen:pässwörd" (ISO-8859-1 would give avxyZ2VuOnDkc3N39nJk)
        assertThat(ElasticsearchClients.authorization(properties).getValue()).isEqualTo("Basic asO8cmdlbjpww6Rzc3fDtnJk");
    }

    @Test
    void sendsTheApiKeyRatherThanUsernameAndPassword() {
        ElasticsearchProperties properties = settings(Map.of("username", "jürgen", "password", "pässwörd", "api-key", "aWQ6a2V5"));

        assertThat(ElasticsearchClients.authorization(properties).getValue()).isEqualTo("ApiKey aWQ6a2V5");
    }

    @Test
    void sendsNoCredentialsWhenNoneAreSet() {
        assertThat(ElasticsearchClients.authorization(settings(Map.of()))).isNull();
    }

    private static ElasticsearchProperties settings(Map<String, String> settings) {
        return BoundSettings.bind("newsdesk.elasticsearch", ElasticsearchProperties.class, settings);
    }
}
