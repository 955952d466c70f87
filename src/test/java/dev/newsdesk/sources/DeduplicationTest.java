package dev.newsdesk.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.search.Hit;
import dev.newsdesk.NewsdeskTest;
import dev.newsdesk.elasticsearch.ArticleDocument;
import dev.newsdesk.elasticsearch.Indices;
import dev.newsdesk.ingest.IngestProgress;
import dev.newsdesk.ingest.Ingester;
import dev.newsdesk.security.PortalClient;

/**
 * An article's id comes from its normalized URL, however it arrives: a page listed by two sources (an outlet's RSS and
 * Atom feeds, with tracking parameters on one) is fetched once and is one article, and a page ingested from a file
 * whose sidecar names its URL is not fetched again when a feed lists it.
 */
@NewsdeskTest
@CrawlingPortal
class DeduplicationTest {

    @Autowired
    ElasticsearchClient client;
    @Autowired
    Ingester ingester;
    @LocalServerPort
    int port;
    @TempDir
    Path dir;

    final List<String> sources = new ArrayList<>();
    OutletServer site;

    @AfterEach
    void cleanUp() throws IOException {
        PortalClient portal = new PortalClient(port);
        sources.forEach(id -> portal.delete("/admin/sources/" + id, PortalClient.ADMIN, PortalClient.ADMIN_PASSWORD));
        for (Hit<ArticleDocument> hit : articlesOf(site)) {
            client.delete(d -> d.index(Indices.ARTICLES).id(hit.id()));
        }
        sources.clear();
        client.indices().refresh(r -> r.index(Indices.ARTICLES));
        site.close();
    }

    @Test
    void aPageListedByTwoSourcesIsFetchedOnceAndIsOneArticle() throws IOException {
        site = OutletServer.serve(new GeneratedOutlets(41, 1));
        List<String> pages = List.of(site.outlets().publish(0), site.outlets().publish(0), site.outlets().publish(0));

        String rss = follow(site.url(GeneratedOutlets.feedPath(0)));
        await("the RSS feed fetched").atMost(Duration.ofSeconds(60)).until(() -> fetched(rss));
        String atom = follow(site.url("/o0/atom.xml"));
        await("the Atom feed fetched").atMost(Duration.ofSeconds(60)).until(() -> fetched(atom));

        // The pages name their canonical URL (the outlet's own), which wins over the loopback one they were fetched at.
        assertThat(articlesOf(site)).extracting(hit -> hit.source().url())
                .containsExactlyInAnyOrderElementsOf(pages.stream().map(page -> site.outlets().article(page).url()).toList());
        assertThat(pages).allSatisfy(page -> assertThat(site.outlets().requests(page)).as(page).isEqualTo(1));
    }

    @Test
    void aPageIngestedFromAFileIsNotFetchedAgainWhenAFeedListsIt() throws Exception {
        site = OutletServer.serve(new GeneratedOutlets(42, 1));
        String page = site.outlets().publish(0);
        Path file = dir.resolve("saved-page.html");
        Files.write(file, HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(site.url(page))).build(),
                HttpResponse.BodyHandlers.ofByteArray()).body());
        Files.writeString(dir.resolve("saved-page.html.meta.json"), "{\"url\": \"" + site.url(page) + "\"}");
        assertThat(ingester.ingest(List.of(dir), IngestProgress.SILENT).failures()).isEmpty();

        String rss = follow(site.url(GeneratedOutlets.feedPath(0)));
        await("the feed fetched").atMost(Duration.ofSeconds(60)).until(() -> fetched(rss));

        assertThat(site.outlets().requests(page)).as("only the test's own request, to save the page").isEqualTo(1);
        assertThat(articlesOf(site)).singleElement().satisfies(hit -> {
            assertThat(hit.source().url()).isEqualTo(site.url(page));
            assertThat(hit.source().source()).endsWith("saved-page.html");
        });
    }

    private String follow(String url) {
        HttpResponse<String> added = new PortalClient(port).postJson("/admin/sources", "{\"url\": \"" + url + "\"}", PortalClient.ADMIN,
                PortalClient.ADMIN_PASSWORD);
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        String id = PortalClient.json(added).get("id").asString();
        sources.add(id);
        return id;
    }

    private boolean fetched(String id) {
        var source = PortalClient.json(new PortalClient(port).get("/admin/sources/" + id, PortalClient.ADMIN, PortalClient.ADMIN_PASSWORD));
        return !source.get("lastFetchedAt").isNull();
    }

    /** The articles of the test's sources, and those ingested under the site's URLs. */
    private List<Hit<ArticleDocument>> articlesOf(OutletServer outlet) throws IOException {
        client.indices().refresh(r -> r.index(Indices.ARTICLES));
        List<co.elastic.clients.elasticsearch._types.FieldValue> ids = sources.stream()
                .map(co.elastic.clients.elasticsearch._types.FieldValue::of).toList();
        return client.search(s -> s.index(Indices.ARTICLES).size(100).query(q -> q.bool(b -> b
                .should(sh -> sh.prefix(p -> p.field(ArticleDocument.URL).value(outlet.url("/"))))
                .should(sh -> sh.terms(t -> t.field(ArticleDocument.SOURCE_ID).terms(v -> v.value(ids)))))), ArticleDocument.class)
                .hits().hits();
    }
}
