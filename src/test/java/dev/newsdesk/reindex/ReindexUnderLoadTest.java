package dev.newsdesk.reindex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import dev.newsdesk.elasticsearch.IndexSetup;
import dev.newsdesk.ingest.Ingester;
import dev.newsdesk.security.PortalClient;
import tools.jackson.databind.JsonNode;

/** Search keeps serving the whole current index while a reindex builds the next one, and nothing ingested meanwhile is lost. */
@AdminTest
class ReindexUnderLoadTest {

    private static final int SEARCHING_THREADS = 4;
    private static final Duration JOB_LIMIT = Duration.ofMinutes(5);

    @Autowired
    ElasticsearchClient client;
    @Autowired
    IndexSetup indexSetup;
    @Autowired
    Ingester ingester;
    @Autowired
    ReindexJobs jobs;
    @LocalServerPort
    int port;

    PortalClient http;
    AdminFixture fixture;

    @BeforeEach
    void startFresh() throws IOException {
        await().atMost(JOB_LIMIT).until(() -> jobs.running().isEmpty());
        http = new PortalClient(port);
        fixture = new AdminFixture(client, indexSetup, ingester);
        fixture.startFresh();
    }

    @Test
    void aReindexFromTheFilesServesEverySearchFromACompleteIndexAndKeepsWhatWasIngestedMeanwhile() throws Exception {
        fixture.ingest(AdminFixture.generatedFiles(200, 21));
        fixture.ingest(AdminFixture.articlesNaming("warmup", 2));

        rebuildUnderSearches("files", "quillmarsh");
    }

    @Test
    void aReindexFromTheIndexServesEverySearchFromACompleteIndexAndKeepsWhatWasIngestedMeanwhile() throws Exception {
        fixture.indexGenerated(3000, 22);
        fixture.ingest(AdminFixture.articlesNaming("warmup", 2));

        rebuildUnderSearches("index", "brackenfold");
    }

    private void rebuildUnderSearches(String source, String lateWord) throws Exception {
        String before = fixture.serving();
        long total = fixture.total();
        JsonNode job;
        ContinuousSearches searches = ContinuousSearches.start(port, SEARCHING_THREADS);
        try {
            await().atMost(Duration.ofSeconds(30)).until(() -> searches.requests() > 10);
            String id = http.startReindex(source);
            fixture.ingest(AdminFixture.articlesNaming(lateWord, 3));
            boolean ingestedDuringTheJob = jobs.running().isPresent();
            job = awaitEnd(id);
            long requestsAtTheEnd = searches.requests();
            await().atMost(Duration.ofSeconds(30)).until(() -> searches.requests() > requestsAtTheEnd + 10);
            assertThat(ingestedDuringTheJob).as("the late articles were ingested while the job ran").isTrue();
        } finally {
            searches.close();
        }

        assertThat(job.get("state").asString()).as(job.toString()).isEqualTo("succeeded");
        assertThat(fixture.serving()).isEqualTo(job.get("target").asString()).isNotEqualTo(before);
        assertThat(searches.failures()).as("failed searches, first: %s", searches.firstFailure()).isZero();
        assertThat(searches.requests()).isGreaterThan(50);
        assertThat(searches.lowestTotal()).as("the total never drops below what the index held").isGreaterThanOrEqualTo(total);
        assertThat(fixture.total()).isEqualTo(total + 3);
        assertThat(PortalClient.json(http.get("/api/search?q=" + lateWord)).get("total").asLong())
                .as("articles ingested during the job are found after the swap").isEqualTo(3);
    }

    private JsonNode awaitEnd(String id) {
        await().atMost(JOB_LIMIT).pollInterval(Duration.ofMillis(250)).until(() -> !http.reindexJob(id).get("state").asString().equals("running"));
        return http.reindexJob(id);
    }
}
