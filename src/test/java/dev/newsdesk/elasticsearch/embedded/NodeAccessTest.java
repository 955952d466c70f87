package dev.newsdesk.elasticsearch.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.Test;

class NodeAccessTest {

    private final NodeAccess access = new NodeAccess(URI.create("http://127.0.0.1:9200"), NodeAccess.USERNAME, "s3cret-pässword");

    @Test
    void leavesThePasswordOutOfItsText() {
        assertThat(access.toString()).contains("127.0.0.1:9200", "newsdesk").doesNotContain("s3cret-pässword");
    }

    @Test
    void signsPlainRequestsInWithUtf8BasicCredentials() {
        // base64 of the UTF-8 bytes of "newsdesk:s3cret-pässword"
        assertThat(access.request("/_cat/indices").build().headers().firstValue("Authorization"))
                .contains("Basic bmV3c2Rlc2s6czNjcmV0LXDDpHNzd29yZA==");
    }
}
