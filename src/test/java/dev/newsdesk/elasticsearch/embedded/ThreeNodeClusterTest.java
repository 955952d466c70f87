package dev.newsdesk.elasticsearch.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch.cat.shards.ShardsRecord;
import co.elastic.clients.elasticsearch.cluster.HealthResponse;
import dev.newsdesk.reindex.ContinuousSearches;
import dev.newsdesk.security.PortalClient;
import dev.newsdesk.elasticsearch.IndexSetup;
import dev.newsdesk.elasticsearch.Indices;
import dev.newsdesk.ingest.BulkIndexer;

/**
 * The portal, given every node of a three-node cluster, loses the node that holds the articles' primary shard while
 * people search and articles are ingested: no search fails, and every article Elasticsearch acknowledged is still there.
 */
@dev.newsdesk.Integration
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"newsdesk.accounts.admin-password=" + PortalClient.ADMIN_PASSWORD, "newsdesk.ingest.seed-on-empty=false"})
@DirtiesContext
class ThreeNodeClusterTest {

    private static final Logger log = LoggerFactory.getLogger(ThreeNodeClusterTest.class);
    private static final int NODES = 3;
    private static final int HEAP_MEGABYTES = 320;
    private static final int SEARCHING_THREADS = 4;
    private static final int INGESTING_THREADS = 2;
    private static final int BATCH = 20;
    private static final List<String> ALIASES = List.of(Indices.ARTICLES, Indices.SAVED_SEARCHES, Indices.ACCOUNTS, Indices.REINDEX_JOBS,
            Indices.INGESTED_PATHS);
    private static final List<String> SEARCHES = List.of("size=1", "q=ferry+terminal", "q=harbour&sort=newest", "q=portvale+council&page=2",
            "q=%22council+budget%22", "place=Eastmere&size=5", "q=tram+-harbour&sort=oldest", "outlet=Northby+Gazette&q=report");
    /** Patient: the three nodes, the app and the load share two cores with other builds. */
    private static final Duration PATIENCE = Duration.ofMinutes(2);

    private static Path directory;
    private static LoopbackCluster cluster;

    @Autowired
    ElasticsearchClient client;
    @Autowired
    BulkIndexer indexer;
    @Autowired
    IndexSetup indexSetup;
    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void giveTheAppEveryNode(DynamicPropertyRegistry registry) {
        registry.add("newsdesk.elasticsearch.url", () -> String.join(",", cluster().urls()));
        registry.add("newsdesk.elasticsearch.username", () -> cluster().access().username());
        registry.add("newsdesk.elasticsearch.password", () -> cluster().access().password());
    }

    /** Started when the app first asks for its settings, whenever Spring builds the context. */
    private static synchronized LoopbackCluster cluster() {
        if (cluster == null) {
            try {
                directory = Files.createTempDirectory("newsdesk-cluster-test");
                // The nodes run as another user (the machine runs tests as root), who must get through to their data.
                Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwxr-xr-x"));
                cluster = LoopbackCluster.start(directory, NODES, HEAP_MEGABYTES);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while starting the cluster", e);
            }
        }
        return cluster;
    }

    @AfterAll
    static void stopEveryNode() throws IOException {
        try {
            if (cluster != null) {
                cluster.close();
            }
        } finally {
            if (directory != null) {
                FileSystemUtils.deleteRecursively(directory);
            }
        }
    }

    @Test
    void losingTheNodeWithThePrimaryFailsNoSearchAndLosesNoAcknowledgedArticle() throws Exception {
        await("the app's indices").atMost(PATIENCE).until(indexSetup::done);
        await("a green cluster of three").atMost(PATIENCE).ignoreExceptions().until(() -> health().status() == HealthStatus.Green && health().numberOfNodes() == NODES);
        for (String alias : ALIASES) {
            assertThat(copies(alias)).as("started copies of %s's shard, on different nodes", alias)
                    .extracting(ShardsRecord::node).doesNotHaveDuplicates().hasSize(2);
        }
        String victim = copies(Indices.ARTICLES).stream().filter(copy -> "p".equals(copy.prirep())).findFirst().orElseThrow().node();
        String master = client.cat().master().valueBody().get(0).node();

        ContinuousSearches searches = ContinuousSearches.start(port, SEARCHING_THREADS, SEARCHES);
        ContinuousIngest ingest = ContinuousIngest.start(indexer, INGESTING_THREADS, BATCH);
        Duration reroute;
        long searchesBeforeTheKill;
        long acknowledgedBeforeTheKill;
        try {
            await("searches and writes under way").atMost(PATIENCE).until(() -> searches.requests() >= 100 && ingest.acknowledgedCount() >= 200);
            searchesBeforeTheKill = searches.requests();
            acknowledgedBeforeTheKill = ingest.acknowledgedCount();
            Instant killed = Instant.now();
            cluster.kill(victim);
            await("the two nodes left serving every shard").atMost(PATIENCE).ignoreExceptions().pollInterval(Duration.ofMillis(200))
                    .until(() -> servedByTheOthers(health()));
            reroute = Duration.between(killed, Instant.now());
            // The load goes on a while on the two that are left, so what they serve after the reroute counts too
            // (counted as sent, not as answered: a failure here is for the assertions to report).
            long searchesAtReroute = searches.requests();
            long sentAtReroute = ingest.sent();
            await("more load on the two nodes").atMost(PATIENCE).until(() -> searches.requests() >= searchesAtReroute + 100 && ingest.sent() >= sentAtReroute + 200);
        } finally {
            searches.close();
            ingest.close();
        }
        log.info("Killed {} (articles primary{}) after {} searches and {} acknowledged articles; the two others served "
                        + "every shard {} ms later; in all {} searches ({} failed), {} articles sent, {} acknowledged, {} not",
                victim, victim.equals(master) ? ", and the elected master" : "", searchesBeforeTheKill, acknowledgedBeforeTheKill,
                reroute.toMillis(), searches.requests(), searches.failures(), ingest.sent(), ingest.acknowledgedCount(), ingest.failed());

        assertThat(searches.failures()).as("failed searches of %d, first: %s", searches.requests(), searches.firstFailure()).isZero();
        client.indices().refresh(r -> r.index(Indices.ARTICLES));
        Set<String> acknowledged = ingest.acknowledged();
        assertThat(found(acknowledged)).as("acknowledged articles still in the index").isEqualTo(acknowledged.size());
        assertThat(client.count(c -> c.index(Indices.ARTICLES)).count()).as("articles in the index, each sent once under its own id")
                .isBetween((long) acknowledged.size(), ingest.sent());
    }

    private HealthResponse health() throws IOException {
        return client.cluster().health();
    }

    /** The two nodes left hold a started copy of every primary (yellow until the lost replicas are rebuilt, then green). */
    private static boolean servedByTheOthers(HealthResponse health) {
        return health.numberOfNodes() == NODES - 1 && health.status() != HealthStatus.Red;
    }

    /** The started copies of the one shard of the index behind {@code alias}. */
    private List<ShardsRecord> copies(String alias) throws IOException {
        return client.cat().shards(s -> s.index(alias)).valueBody().stream().filter(copy -> "STARTED".equals(copy.state())).toList();
    }

    /** How many of {@code ids} the index holds. */
    private long found(Set<String> ids) throws IOException {
        List<String> all = new ArrayList<>(ids);
        long found = 0;
        for (int from = 0; from < all.size(); from += 1000) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + 1000));
            found += client.count(c -> c.index(Indices.ARTICLES).query(q -> q.ids(i -> i.values(chunk)))).count();
        }
        return found;
    }
}
