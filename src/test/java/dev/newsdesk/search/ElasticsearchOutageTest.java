package dev.newsdesk.search;

import static org.assertj.core.api.Assertions.assertThat;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import dev.newsdesk.corpus.CorpusGenerator;
import dev.newsdesk.elasticsearch.Indices;
import dev.newsdesk.elasticsearch.RealElasticsearch;
import dev.newsdesk.elasticsearch.embedded.NodeAccess;
import dev.newsdesk.ingest.FileResult;
import dev.newsdesk.ingest.IngestReport;
import dev.newsdesk.ingest.Ingester;
import dev.newsdesk.security.PortalClient;
import dev.newsdesk.Integration;

/**
 * The portal reached through a connection the test can cut: 503 while Elasticsearch is away, normal again after; an
 * ingest pauses meanwhile and finishes when it is back, every article indexed once.
 */
@Integration
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"newsdesk.accounts.admin-password=" + PortalClient.ADMIN_PASSWORD, "newsdesk.ingest.seed-on-empty=false",
                "newsdesk.ingest.bulk-documents=20"})
class ElasticsearchOutageTest {

    /** Longer than the old bulk retries (six attempts, 7.75 s of backoff), shorter than the patience (10 minutes). */
    private static final Duration OUTAGE = Duration.ofSeconds(12);

    static SwitchableProxy proxy;

    @Autowired
    ElasticsearchClient client;
    @Autowired
    Ingester ingester;
    @LocalServerPort
    int port;
    @TempDir
    Path corpus;

    private final List<String> ingestedIds = new ArrayList<>();

    @AfterEach
    void removeWhatTheTestIndexed() throws IOException {
        proxy.start();
        if (!ingestedIds.isEmpty()) {
            client.bulk(b -> b.index(Indices.ARTICLES).refresh(Refresh.True)
                    .operations(ingestedIds.stream().map(id -> BulkOperation.of(o -> o.delete(d -> d.id(id)))).toList()));
        }
    }

    @DynamicPropertySource
    static void throughTheProxy(DynamicPropertyRegistry registry) throws IOException {
        NodeAccess node = RealElasticsearch.node();
        proxy = new SwitchableProxy(node.url());
        RealElasticsearch.settingsFor(new NodeAccess(proxy.url(), node.username(), node.password())).forEach((name, value) -> registry.add(name, () -> value));
    }

    @AfterAll
    static void closeProxy() {
        proxy.close();
    }

    @Test
    void aCorrectLoginWhileElasticsearchIsAwayIsToldSignInIsUnavailableNotThatItWasWrong() throws IOException {
        PortalClient http = new PortalClient(port);
        String name = "outage-login-" + System.nanoTime() % 1_000_000;
        http.createUser(name, "still the right one");

        proxy.stop();
        HttpResponse<String> form = http.session().logIn(name, "still the right one");
        HttpResponse<String> basic = http.get("/api/saved-queries", name, "still the right one");
        proxy.start();

        assertThat(form.statusCode()).isEqualTo(503);
        assertThat(form.body()).contains("Sign-in is unavailable").doesNotContain("Wrong user name or password");
        assertThat(basic.statusCode()).isEqualTo(503);
        assertThat(PortalClient.json(basic).get("message").asString()).contains("Sign-in is unavailable");
        assertThat(http.session().logIn(name, "still the right one").headers().firstValue("Location").orElseThrow())
                .as("the outage counted as no failure").doesNotContain("error").doesNotContain("wait");
    }

    @Test
    void answers503WhileElasticsearchIsUnreachableAndRecoversWhenItIsBack() throws IOException {
        TestArticles.ensureIndexed(client);
        PortalClient http = new PortalClient(port);
        assertThat(http.get("/search?q=blinken").statusCode()).isEqualTo(200);

        proxy.stop();
        HttpResponse<String> page = http.get("/search?q=blinken");
        assertThat(page.statusCode()).isEqualTo(503);
        assertThat(page.body()).contains("Elasticsearch is not answering");
        HttpResponse<String> api = http.get("/api/search?q=blinken");
        assertThat(api.statusCode()).isEqualTo(503);
        assertThat(PortalClient.json(api).get("message").asString()).contains("Elasticsearch is not answering");
        assertThat(http.get("/articles/fixture-story-1").statusCode()).isEqualTo(503);
        HttpResponse<String> downHealth = http.get("/actuator/health");
        assertThat(downHealth.statusCode()).isEqualTo(503);
        assertThat(downHealth.body()).contains("\"status\":\"DOWN\"");

        proxy.start();
        assertThat(http.get("/search?q=blinken").statusCode()).isEqualTo(200);
        assertThat(http.get("/api/search?q=blinken").statusCode()).isEqualTo(200);
        HttpResponse<String> health = http.get("/actuator/health", PortalClient.ADMIN, PortalClient.ADMIN_PASSWORD);
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"", "\"mode\":\"external\"", "\"status\":\"green\"");
    }

    @Test
    void anIngestPausesWhileElasticsearchIsAwayAndIndexesEveryArticleOnceWhenItIsBack() throws Exception {
        int articles = new CorpusGenerator(1414).write(corpus, 160).articles();
        AtomicBoolean cut = new AtomicBoolean();
        ExecutorService background = Executors.newSingleThreadExecutor();
        try {
            // Cut the connection from the ingest's own thread right after a bulk request: the outage falls mid-batch.
            Future<IngestReport> running = background.submit(() -> ingester.ingest(List.of(corpus), (done, total, failed, millis) -> {
                if (done >= 20 && done < total && cut.compareAndSet(false, true)) {
                    proxy.stop();
                }
            }));
            await().atMost(Duration.ofMinutes(3)).until(() -> cut.get() || running.isDone());
            assertThat(cut).as("the outage began while the ingest ran").isTrue();

            PortalClient http = new PortalClient(port);
            assertThat(http.get("/search?q=minister").statusCode()).isEqualTo(503);
            Thread.sleep(OUTAGE.toMillis());
            assertThat(running).as("the ingest waits for Elasticsearch").isNotDone();
            proxy.start();

            IngestReport report = running.get(3, TimeUnit.MINUTES);
            report.files().stream().map(FileResult::id).filter(id -> id != null).forEach(ingestedIds::add);
            assertThat(report.files()).filteredOn(r -> r.status() == FileResult.Status.FAILED).isEmpty();
            assertThat(report.files()).hasSize(articles);
            assertThat(ingestedIds).hasSize(articles).doesNotHaveDuplicates();
            client.indices().refresh(r -> r.index(Indices.ARTICLES));
            long stored = client.count(c -> c.index(Indices.ARTICLES).query(q -> q.ids(i -> i.values(ingestedIds)))).count();
            assertThat(stored).as("every article of the batch, once").isEqualTo(articles);
            assertThat(http.get("/search?q=minister").statusCode()).isEqualTo(200);
        } finally {
            background.shutdownNow();
        }
    }
}
