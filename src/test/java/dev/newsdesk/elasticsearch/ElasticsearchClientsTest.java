package dev.newsdesk.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;

import org.apache.http.HttpHost;
import org.elasticsearch.client.Node;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.Test;

import dev.newsdesk.BoundSettings;

/** Which nodes of an external cluster the client talks to, and how it authenticates to them. */
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

    @Test
    void talksToEveryNodeListedInTheOneUrlSetting() throws Exception {
        ElasticsearchProperties properties = settings(Map.of("url", "http://127.0.0.1:9201, http://127.0.0.2:9202,https://es3.example.org:9200"));

        try (Cluster cluster = Cluster.connect(properties); RestClient client = ElasticsearchClients.restClient(cluster, properties)) {
            assertThat(cluster.mode()).isEqualTo(Cluster.Mode.EXTERNAL);
            assertThat(client.getNodes()).extracting(Node::getHost).containsExactly(
                    new HttpHost("127.0.0.1", 9201, "http"), new HttpHost("127.0.0.2", 9202, "http"), new HttpHost("es3.example.org", 9200, "https"));
        }
    }

    @Test
    void aSingleUrlIsAClusterOfOneNode() {
        assertThat(settings(Map.of("url", "https://es.example.org:9200")).url()).containsExactly(URI.create("https://es.example.org:9200"));
    }

    @Test
    void anEmptyUrlRunsTheEmbeddedNode() {
        assertThat(settings(Map.of("url", "")).external()).isFalse();
        assertThat(settings(Map.of()).external()).isFalse();
    }

    private static ElasticsearchProperties settings(Map<String, String> settings) {
        return BoundSettings.bind("newsdesk.elasticsearch", ElasticsearchProperties.class, settings);
    }
}
