package dev.newsdesk.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch.core.search.Hit;
import dev.newsdesk.NewsdeskTest;
import dev.newsdesk.elasticsearch.ArticleDocument;
import dev.newsdesk.elasticsearch.Indices;
import dev.newsdesk.elasticsearch.RealElasticsearch;
import dev.newsdesk.platform.AppProcess;
import dev.newsdesk.security.PortalClient;

/**
 * Crawling scales out: two {@code crawl} processes and the portal share 50 sources on one node. Every page is fetched
 * once, no feed is fetched by two crawlers at once, and when one crawler is killed the sources it held are fetched by
 * the others once its leases time out.
 */
@NewsdeskTest
@CrawlingPortal
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoCrawlersTest {

    private static final int OUTLETS = 50;
    private static final Duration LEASE_TIMEOUT = Duration.ofSeconds(6);

    @Autowired
    ElasticsearchClient client;
    @LocalServerPort
    int port;
    @TempDir
    Path dir;

    final List<String> sourceIds = new ArrayList<>();
    OutletServer site;
    PortalClient portal;
    AppProcess crawlerA;
    AppProcess crawlerB;

    @AfterAll
    void stop() throws IOException {
        for (AppProcess crawler : new AppProcess[] {crawlerA, crawlerB}) {
            if (crawler != null) {
                crawler.kill();
            }
        }
        sourceIds.forEach(id -> portal.delete("/admin/sources/" + id, PortalClient.ADMIN, PortalClient.ADMIN_PASSWORD));
        if (!sourceIds.isEmpty()) {
            List<String> ids = articles().stream().map(Hit::id).toList();
            for (String id : ids) {
                client.delete(d -> d.index(Indices.ARTICLES).id(id));
            }
            client.indices().refresh(r -> r.index(Indices.ARTICLES));
        }
        if (site != null) {
            site.close();
        }
    }

    @Test
    void twoCrawlersAndThePortalShareTheSourcesAndTakeOverAKilledOnesLeases() throws Exception {
        site = OutletServer.serve(new GeneratedOutlets(50, OUTLETS));
        GeneratedOutlets outlets = site.outlets();
        outlets.publishInEach(2);
        portal = new PortalClient(port);
        crawlerA = crawler("crawler-a");
        crawlerB = crawler("crawler-b");
        String ownerA = await("crawler A starts").atMost(Duration.ofSeconds(120)).until(() -> owner(crawlerA), owner -> owner != null);
        await("crawler B starts").atMost(Duration.ofSeconds(120)).until(() -> owner(crawlerB), owner -> owner != null);

        for (int k = 0; k < OUTLETS; k++) {
            HttpResponse<String> added = portal.postJson("/admin/sources", "{\"url\": \"%s\", \"intervalMinutes\": 1}"
                    .formatted(site.url(GeneratedOutlets.feedPath(k))), PortalClient.ADMIN, PortalClient.ADMIN_PASSWORD);
            assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
            sourceIds.add(PortalClient.json(added).get("id").asString());
        }
        await("every page indexed").atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofSeconds(1))
                .until(() -> articles().size() == 2 * OUTLETS);

        assertThat(outlets.requestedTwice()).as("pages fetched twice").noneMatch(path -> path.contains("/articles/"));
        List<GeneratedOutlets.Request> log = outlets.log();
        Map<String, List<GeneratedOutlets.Request>> feedFetches = log.stream().filter(request -> request.path().endsWith("/feed.xml"))
                .collect(Collectors.groupingBy(GeneratedOutlets.Request::path));
        feedFetches.forEach((feed, fetches) -> {
            for (int i = 0; i < fetches.size(); i++) {
                for (int j = i + 1; j < fetches.size(); j++) {
                    assertThat(fetches.get(i).overlaps(fetches.get(j))).as("two fetches of %s at once", feed).isFalse();
                }
            }
        });
        Set<String> pageFetchers = log.stream().filter(request -> request.path().contains("/articles/"))
                .map(request -> request.userAgent().contains("crawler-a") ? "a" : request.userAgent().contains("crawler-b") ? "b" : "portal")
                .collect(Collectors.toSet());
        assertThat(pageFetchers).as("the crawlers fetched pages (the work is shared)").contains("a", "b");

        // Crawler A is slow from now on, so it holds leases mid-fetch when it is killed.
        outlets.slowFor("crawler-a", Duration.ofSeconds(3));
        outlets.publishInEach(1);
        Set<String> heldByA = await("crawler A holds a lease").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> leasedTo(ownerA), held -> !held.isEmpty());
        crawlerA.kill();
        Instant killed = Instant.now();

        await("the others finish every source, A's too").atMost(LEASE_TIMEOUT.plusSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .until(() -> articles().size() == 3 * OUTLETS);
        Duration takeOver = Duration.between(killed, Instant.now());
        assertThat(leasedTo(ownerA)).as("no lease of the dead crawler is left").isEmpty();
        for (String id : heldByA) {
            String owner = source(id).get("lease_owner") == null ? "" : String.valueOf(source(id).get("lease_owner"));
            assertThat(owner).as("source %s is no longer A's", id).doesNotStartWith(ownerA);
        }
        System.out.printf("two-crawlers: %d sources held by the killed crawler, all its sources done %d ms after the kill (lease timeout %d s)%n",
                heldByA.size(), takeOver.toMillis(), LEASE_TIMEOUT.toSeconds());
    }

    private AppProcess crawler(String name) throws IOException {
        List<String> arguments = new ArrayList<>(RealElasticsearch.argumentsFor(RealElasticsearch.node()));
        arguments.addAll(List.of("--newsdesk.sources.allow-private-addresses=true", "--newsdesk.sources.host-delay=0s",
                "--newsdesk.sources.contact-url=http://127.0.0.1/" + name, "--newsdesk.sources.lease-timeout=" + LEASE_TIMEOUT.toSeconds() + "s",
                "--newsdesk.sources.min-interval=2s", "--newsdesk.sources.poll-interval=500ms",
                "--newsdesk.sources.archive.dir=" + dir.resolve(name + "-archive")));
        return AppProcess.crawl(dir.resolve(name + ".log"), arguments);
    }

    /** The crawler's lease owner name, once it has said it is crawling. */
    private static String owner(AppProcess crawler) {
        return crawler.output().lines().filter(line -> line.startsWith("Crawling as ")).findFirst()
                .map(line -> line.substring("Crawling as ".length(), line.indexOf(';'))).orElse(null);
    }

    private List<Hit<ArticleDocument>> articles() throws IOException {
        client.indices().refresh(r -> r.index(Indices.ARTICLES));
        List<FieldValue> ids = sourceIds.stream().map(FieldValue::of).toList();
        return client.search(s -> s.index(Indices.ARTICLES).size(1000)
                .query(q -> q.terms(t -> t.field(ArticleDocument.SOURCE_ID).terms(v -> v.value(ids)))), ArticleDocument.class).hits().hits();
    }

    /** The sources whose lease {@code owner} holds now. */
    private Set<String> leasedTo(String owner) throws IOException {
        client.indices().refresh(r -> r.index(Indices.SOURCES));
        Set<String> held = new HashSet<>();
        for (Hit<Map> hit : client.search(s -> s.index(Indices.SOURCES).size(1000)
                .query(q -> q.bool(b -> b.filter(f -> f.term(t -> t.field("lease_owner").value(owner)))
                        .filter(f -> f.range(r -> r.date(d -> d.field("lease_until").gt("now")))))), Map.class).hits().hits()) {
            held.add(hit.id());
        }
        return held;
    }

    private Map<?, ?> source(String id) throws IOException {
        return client.get(g -> g.index(Indices.SOURCES).id(id), Map.class).source();
    }
}
