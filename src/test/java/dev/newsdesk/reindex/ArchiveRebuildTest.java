package dev.newsdesk.reindex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.search.Hit;
import dev.newsdesk.elasticsearch.ArticleDocument;
import dev.newsdesk.elasticsearch.Indices;
import dev.newsdesk.security.PortalClient;
import dev.newsdesk.sources.GeneratedOutlets;
import dev.newsdesk.sources.OutletServer;

/**
 * Every fetched page is kept in the WARC archive, and "rebuild from the files" reads it again: after a crawl, with
 * the outlet gone, a reindex from the files gives back every crawled article, with its source, outlet and collections.
 * On the admin tests' node, as every reindex: it moves the articles alias, which the shared node must keep.
 */
@AdminTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArchiveRebuildTest {

    private static final String WORD = "fenarchivegazette";

    @Autowired
    ElasticsearchClient client;
    @Autowired
    ReindexJobs jobs;
    @LocalServerPort
    int port;

    PortalClient portal;
    String sourceId;

    @AfterAll
    void cleanUp() throws IOException {
        if (sourceId != null) {
            portal.delete("/admin/sources/" + sourceId, PortalClient.ADMIN, PortalClient.ADMIN_PASSWORD);
        }
        // The rebuild gave back every page in the tests' shared archive, the other crawler tests' too: remove them all,
        // so that later tests see only their own articles.
        while (true) {
            client.indices().refresh(r -> r.index(Indices.ARTICLES));
            List<Hit<Void>> fetched = client.search(s -> s.index(Indices.ARTICLES).size(1000).source(src -> src.fetch(false))
                    .query(q -> q.exists(e -> e.field(ArticleDocument.SOURCE_ID))), Void.class).hits().hits();
            if (fetched.isEmpty()) {
                return;
            }
            for (Hit<Void> hit : fetched) {
                client.delete(d -> d.index(Indices.ARTICLES).id(hit.id()));
            }
        }
    }

    @Test
    void aReindexFromTheFilesRebuildsTheCrawledArticlesFromTheArchiveWithTheSiteGone() throws IOException {
        portal = new PortalClient(port);
        Map<String, ArticleDocument> before;
        try (OutletServer site = OutletServer.serve(new GeneratedOutlets(33, 1))) {
            for (String place : List.of("Eastmere", "Westmere", "Northmere")) {
                site.outlets().publish(0, place + " fen drainage " + WORD + " approved",
                        "The " + place + " drainage board approved the " + WORD + " plan on Tuesday.",
                        "Work on the sluices begins in the spring, the board's engineer said.");
            }
            HttpResponse<String> added = portal.postJson("/admin/sources", """
                    {"url": "%s", "outlet": "Fen Gazette", "labels": ["Fen press"]}
                    """.formatted(site.url(GeneratedOutlets.feedPath(0))), PortalClient.ADMIN, PortalClient.ADMIN_PASSWORD);
            assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
            sourceId = PortalClient.json(added).get("id").asString();
            await().atMost(Duration.ofSeconds(60)).until(() -> crawled().size() == 3);
            before = crawled().stream().collect(Collectors.toMap(Hit::id, Hit::source));
            portal.postJson("/admin/sources/" + sourceId + "/pause", "", PortalClient.ADMIN, PortalClient.ADMIN_PASSWORD);
        }

        await().atMost(Duration.ofMinutes(3)).until(() -> jobs.running().isEmpty());
        HttpResponse<String> started = portal.postJson("/admin/reindex", "{\"source\": \"files\"}", PortalClient.ADMIN, PortalClient.ADMIN_PASSWORD);
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        String job = PortalClient.json(started).get("id").asString();
        JsonNode ended = await().atMost(Duration.ofMinutes(5)).until(
                () -> PortalClient.json(portal.get("/admin/reindex/" + job, PortalClient.ADMIN, PortalClient.ADMIN_PASSWORD)),
                status -> !"running".equals(status.get("state").asString()));

        assertThat(ended.get("state").asString()).as(ended.toString()).isEqualTo("succeeded");
        Map<String, ArticleDocument> after = crawled().stream().collect(Collectors.toMap(Hit::id, Hit::source));
        assertThat(after.keySet()).containsExactlyInAnyOrderElementsOf(before.keySet());
        assertThat(after.values()).allSatisfy(article -> {
            assertThat(article.outlet()).isEqualTo("Fen Gazette");
            assertThat(article.collections()).containsExactly("Fen press");
            assertThat(article.sourceId()).isEqualTo(sourceId);
        });
        Function<Map<String, ArticleDocument>, Map<String, String>> titles = articles -> articles.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().title()));
        assertThat(titles.apply(after)).isEqualTo(titles.apply(before));
    }

    private List<Hit<ArticleDocument>> crawled() throws IOException {
        client.indices().refresh(r -> r.index(Indices.ARTICLES));
        return client.search(s -> s.index(Indices.ARTICLES).size(50).query(q -> q.match(m -> m.field("body").query(WORD))),
                ArticleDocument.class).hits().hits();
    }
}
