package dev.newsdesk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import dev.newsdesk.NewsdeskTest;
import dev.newsdesk.elasticsearch.Indices;
import dev.newsdesk.security.PortalClient;

/**
 * A search that a shard cannot answer (no copy of it is started anywhere, as when a node dies without a replica)
 * fails with 503, rather than answer 200 with fewer hits and lower counts as if they were all.
 */
@NewsdeskTest
class PartialResultsTest {

    /** Not an {@code articles-*} name: no template, and never a version the reindex would see. */
    private static final String SHARD_NOWHERE = "partial-results-test-unassigned";

    @Autowired
    ElasticsearchClient client;
    @LocalServerPort
    int port;

    @Test
    void aShardWithNoStartedCopyFailsTheSearchInsteadOfShrinkingIt() throws IOException {
        TestArticles.ensureIndexed(client);
        PortalClient http = new PortalClient(port);
        assertThat(http.get("/api/search?q=karuizawa").statusCode()).isEqualTo(200);

        // An index whose one shard may live on no node, behind the articles alias beside the real one.
        client.indices().create(c -> c.index(SHARD_NOWHERE).waitForActiveShards(w -> w.count(0))
                .settings(s -> s.numberOfShards("1").numberOfReplicas("0")
                        .routing(r -> r.allocation(a -> a.include(i -> i.id("no-such-node"))))));
        try {
            client.indices().updateAliases(u -> u.actions(a -> a.add(add -> add.index(SHARD_NOWHERE).alias(Indices.ARTICLES).isWriteIndex(false))));

            HttpResponse<String> api = http.get("/api/search?q=karuizawa");
            assertThat(api.statusCode()).as(api.body()).isEqualTo(503);
            assertThat(http.get("/search?q=karuizawa").statusCode()).isEqualTo(503);
        } finally {
            client.indices().delete(d -> d.index(SHARD_NOWHERE));
        }
        assertThat(http.get("/api/search?q=karuizawa").statusCode()).isEqualTo(200);
    }
}
