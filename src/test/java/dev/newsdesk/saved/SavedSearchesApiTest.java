package dev.newsdesk.saved;

import static dev.newsdesk.security.PortalClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.io.WireFeedInput;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import dev.newsdesk.NewsdeskTest;
import dev.newsdesk.elasticsearch.Indices;
import dev.newsdesk.search.TestArticles;
import dev.newsdesk.security.PortalClient;
import tools.jackson.databind.JsonNode;

@NewsdeskTest
class SavedSearchesApiTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String PASSWORD = "saved password";
    /** A facet selection with an exclusion over the generated spread (several matches, several left out), in canonical order. */
    private static final String FACETED = "q=" + TestArticles.SPREAD_WORD + "&not_outlet=Delta+Times&organization=Rail+Union";

    @Autowired
    ElasticsearchClient client;
    @LocalServerPort
    int port;
    PortalClient portal;
    String alice;
    String bob;

    @BeforeEach
    void setUp() {
        TestArticles.ensureIndexed(client);
        portal = new PortalClient(port);
        alice = newUser();
        bob = newUser();
    }

    @Test
    void anonymousCallsAnswer401() {
        assertThat(portal.get("/api/saved-queries", null, null).statusCode()).isEqualTo(401);
        assertThat(portal.postJson("/api/saved-queries", "{\"name\":\"x\",\"query\":\"q=x\"}", null, null).statusCode()).isEqualTo(401);
        assertThat(portal.get("/api/saved-queries/some-id", null, null).statusCode()).isEqualTo(401);
    }

    @Test
    void savingAnswers201WithTheDocumentedFieldsAndWhatTheSearchFindsNow() {
        HttpResponse<String> created = save(alice, "Rail strike", FACETED);

        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode saved = json(created);
        List<String> names = new ArrayList<>();
        saved.propertyNames().forEach(names::add);
        assertThat(names).containsExactlyInAnyOrder("id", "name", "query", "total", "newSinceLastVisit", "feedUrl", "createdAt", "lastVisitedAt");
        assertThat(saved.get("name").asString()).isEqualTo("Rail strike");
        assertThat(saved.get("query").asString()).isEqualTo(FACETED);
        long searchTotal = json(portal.get("/api/search?" + FACETED, null, null)).get("total").asLong();
        assertThat(searchTotal).isPositive();
        assertThat(saved.get("total").asLong()).isEqualTo(searchTotal);
        assertThat(saved.get("newSinceLastVisit").asLong()).isZero();
        assertThat(saved.get("feedUrl").asString()).startsWith("http://localhost:" + port + "/feeds/saved/");
        assertThat(created.headers().firstValue("Location")).hasValue("/api/saved-queries/" + saved.get("id").asString());
    }

    @Test
    void theOwnerListsReadsRenamesChangesAndDeletes() {
        String id = json(save(alice, "First name", "q=vietnam")).get("id").asString();

        JsonNode renamed = json(portal.putJson("/api/saved-queries/" + id, "{\"name\":\"Second name\"}", alice, PASSWORD));
        JsonNode changed = json(portal.putJson("/api/saved-queries/" + id, "{\"query\":\"q=vietnam&person=Antony+Blinken\"}", alice, PASSWORD));
        JsonNode listed = json(portal.get("/api/saved-queries", alice, PASSWORD));

        assertThat(renamed.get("name").asString()).isEqualTo("Second name");
        assertThat(renamed.get("query").asString()).isEqualTo("q=vietnam");
        assertThat(json(portal.putJson("/api/saved-queries/" + id, "{\"query\":\"from=yesterday\"}", alice, PASSWORD)).get("message").asString())
                .contains("'from' must be a date");
        assertThat(changed.get("name").asString()).isEqualTo("Second name");
        assertThat(changed.get("query").asString()).isEqualTo("q=vietnam&person=Antony+Blinken");
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("id").asString()).isEqualTo(id);
        assertThat(portal.delete("/api/saved-queries/" + id, alice, PASSWORD).statusCode()).isEqualTo(204);
        assertThat(portal.get("/api/saved-queries/" + id, alice, PASSWORD).statusCode()).isEqualTo(404);
    }

    @Test
    void anotherUsersSavedSearchAnswers404AndStaysUntouched() {
        String id = json(save(alice, "Alice's", "q=vietnam")).get("id").asString();

        assertThat(portal.get("/api/saved-queries/" + id, bob, PASSWORD).statusCode()).isEqualTo(404);
        assertThat(portal.putJson("/api/saved-queries/" + id, "{\"name\":\"Bob's now\"}", bob, PASSWORD).statusCode()).isEqualTo(404);
        assertThat(portal.delete("/api/saved-queries/" + id, bob, PASSWORD).statusCode()).isEqualTo(404);
        assertThat(json(portal.get("/api/saved-queries", bob, PASSWORD))).isEmpty();
        assertThat(json(portal.get("/api/saved-queries/" + id, alice, PASSWORD)).get("name").asString()).isEqualTo("Alice's");
    }

    @Test
    void aBadNameAnswers400() {
        HttpResponse<String> empty = save(alice, "  ", "q=vietnam");
        HttpResponse<String> tooLong = save(alice, "n".repeat(101), "q=vietnam");

        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(json(empty).get("message").asString()).contains("name of 1 to 100 characters");
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(save(alice, "n".repeat(100), "q=vietnam").statusCode()).isEqualTo(201);
    }

    /** The name is the Atom feed's title: a character XML forbids would make the feed answer 500. */
    @Test
    void aNameWithCharactersXmlForbidsAnswers400AndANameWithAnyTextIsFed() throws Exception {
        String id = json(save(alice, "Renamed later", "q=vietnam")).get("id").asString();
        for (String escaped : List.of("\\u0001", "\\uFFFE", "\\uD800", "\\uDC00", "Tab\\u0000")) {
            String body = "{\"name\":\"Bad " + escaped + " name\",\"query\":\"q=vietnam\"}";
            HttpResponse<String> saved = portal.postJson("/api/saved-queries", body, alice, PASSWORD);
            HttpResponse<String> renamed = portal.putJson("/api/saved-queries/" + id, body, alice, PASSWORD);

            assertThat(saved.statusCode()).as(escaped).isEqualTo(400);
            assertThat(json(saved).get("message").asString()).as(escaped).contains("cannot hold control characters");
            assertThat(renamed.statusCode()).as(escaped).isEqualTo(400);
        }
        assertThat(json(portal.get("/api/saved-queries", alice, PASSWORD))).hasSize(1);

        String fine = "Emoji \\uD83D\\uDCF0, tab\\tand \\u00E9";
        HttpResponse<String> saved = portal.postJson("/api/saved-queries", "{\"name\":\"" + fine + "\",\"query\":\"q=vietnam\"}", alice, PASSWORD);
        assertThat(saved.statusCode()).isEqualTo(201);
        HttpResponse<String> feed = portal.get(URI.create(json(saved).get("feedUrl").asString()).getPath(), null, null);
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(((Feed) new WireFeedInput().build(new StringReader(feed.body()))).getTitle()).isEqualTo("Newsdesk: Emoji \uD83D\uDCF0, tab\tand \u00E9");
    }

    @Test
    void aQueryTheSearchRejectsAnswers400WithTheSearchsMessage() {
        for (String bad : List.of("from=2023-13-01", "sort=sideways", "from=2023-05-01&to=2023-04-01", "q=" + "x".repeat(501))) {
            HttpResponse<String> saved = save(alice, "Bad", bad);
            HttpResponse<String> searched = portal.get("/api/search?" + bad, null, null);

            assertThat(saved.statusCode()).as(bad).isEqualTo(400);
            assertThat(searched.statusCode()).as(bad).isEqualTo(400);
            assertThat(json(saved).get("message").asString()).as(bad).isEqualTo(json(searched).get("message").asString());
        }
        assertThat(json(portal.get("/api/saved-queries", alice, PASSWORD))).isEmpty();
    }

    /** The limit on a portal that allows 5, so reaching it takes a few saves instead of 200. */
    @Nested
    @TestPropertySource(properties = "newsdesk.saved.max-per-user=5")
    class UnderASmallLimit {

        @LocalServerPort
        int smallPort;

        @Test
        void oneUserKeepsAtMostTheLimit() {
            PortalClient small = new PortalClient(smallPort);
            for (int i = 1; i <= 5; i++) {
                assertThat(save(small, alice, "Query " + i, "q=word" + i).statusCode()).isEqualTo(201);
            }

            HttpResponse<String> oneTooMany = save(small, alice, "Query 6", "q=word6");

            assertThat(oneTooMany.statusCode()).isEqualTo(409);
            assertThat(json(oneTooMany).get("message").asString()).contains("5 saved searches");
            assertThat(json(small.get("/api/saved-queries", alice, PASSWORD))).hasSize(5);
            assertThat(save(small, bob, "Bob's first", "q=word1").statusCode()).isEqualTo(201);
        }

        /** 16 saves of one user at once (16 HTTP Basic logins at once too) with 2 places left: 2 are saved, 14 refused. */
        @Test
        void theLimitHoldsWhenSavesArriveTogether() throws Exception {
            PortalClient small = new PortalClient(smallPort);
            for (int i = 1; i <= 3; i++) {
                assertThat(save(small, alice, "Query " + i, "q=word" + i).statusCode()).isEqualTo(201);
            }
            ExecutorService callers = Executors.newFixedThreadPool(8);
            try {
                List<Future<HttpResponse<String>>> answers = new ArrayList<>();
                for (int i = 0; i < 16; i++) {
                    int n = i;
                    answers.add(callers.submit(() -> save(small, alice, "Racing " + n, "q=race" + n)));
                }
                List<Integer> statuses = new ArrayList<>();
                List<String> seen = new ArrayList<>();
                for (Future<HttpResponse<String>> answer : answers) {
                    HttpResponse<String> response = answer.get();
                    statuses.add(response.statusCode());
                    seen.add(response.statusCode() + " " + response.body());
                }
                assertThat(statuses).as("answers: %s", seen).filteredOn(status -> status == 201).hasSize(2);
                assertThat(statuses).as("answers: %s", seen).filteredOn(status -> status == 409).hasSize(14);
            } finally {
                callers.shutdownNow();
            }
            assertThat(json(small.get("/api/saved-queries", alice, PASSWORD))).hasSize(5);
        }
    }

    @Test
    void aRemovedAccountTakesItsSavedSearchesAndTheirFeedsWithIt() {
        String feedUrl = json(save(alice, "Goes with the account", "q=vietnam")).get("feedUrl").asString();
        assertThat(portal.get(URI.create(feedUrl).getPath(), null, null).statusCode()).isEqualTo(200);

        assertThat(portal.delete("/admin/users/" + alice, PortalClient.ADMIN, PortalClient.ADMIN_PASSWORD).statusCode()).isEqualTo(204);

        assertThat(portal.get(URI.create(feedUrl).getPath(), null, null).statusCode()).isEqualTo(404);
        portal.createUser(alice, PASSWORD);
        assertThat(json(portal.get("/api/saved-queries", alice, PASSWORD))).as("a new account of the same name starts empty").isEmpty();
        assertThat(json(portal.get("/api/saved-queries", bob, PASSWORD))).isEmpty();
    }

    @Test
    void newSinceLastVisitCountsMatchingArticlesIngestedAfterSaving() throws IOException {
        String word = "savedfresh" + SEQUENCE.incrementAndGet() + "x" + System.nanoTime() % 100000;
        index("old-" + word, word + " before saving", "Harbor Gazette", Instant.now().minusSeconds(3600));
        String id = json(save(alice, "Fresh", "q=" + word + "&not_outlet=Delta+Times")).get("id").asString();

        index("new-" + word, word + " after saving", "Harbor Gazette", Instant.now().plusSeconds(1));
        index("excluded-" + word, word + " after saving, excluded outlet", "Delta Times", Instant.now().plusSeconds(1));
        JsonNode now = json(portal.get("/api/saved-queries/" + id, alice, PASSWORD));

        assertThat(now.get("total").asLong()).isEqualTo(2);
        assertThat(now.get("newSinceLastVisit").asLong()).isEqualTo(1);
    }

    @Test
    void theFeedIsValidAtomOfTheNewestResultsWithoutALogin() throws Exception {
        String word = "savedfeed" + SEQUENCE.incrementAndGet() + "x" + System.nanoTime() % 100000;
        index("feed-a-" + word, word + " first story", "Harbor Gazette", Instant.now().minusSeconds(60));
        index("feed-b-" + word, word + " second story", "Valley Voice", Instant.now());
        String feedUrl = json(save(alice, "Feed me", "q=" + word)).get("feedUrl").asString();

        HttpResponse<String> answer = portal.get(URI.create(feedUrl).getPath(), null, null);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/atom+xml");
        Feed feed = (Feed) new WireFeedInput().build(new StringReader(answer.body()));
        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(feed.getId()).isNotBlank();
        assertThat(feed.getTitle()).isEqualTo("Newsdesk: Feed me");
        assertThat(feed.getUpdated()).isNotNull();
        List<Entry> entries = feed.getEntries();
        assertThat(entries).extracting(Entry::getTitle).containsExactly("feed-b-" + word, "feed-a-" + word);
        for (Entry entry : entries) {
            assertThat(entry.getId()).isNotBlank();
            assertThat(entry.getUpdated()).isNotNull();
            assertThat(entry.getSummary().getValue()).contains(word);
            assertThat(entry.getAlternateLinks()).extracting(Link::getHref).singleElement().asString()
                    .startsWith("http://localhost:" + port + "/articles/feed-");
        }
    }

    @Test
    void regeneratingTheFeedTokenKillsTheOldUrl() {
        JsonNode saved = json(save(alice, "Secret feed", "q=vietnam"));
        String oldPath = URI.create(saved.get("feedUrl").asString()).getPath();

        JsonNode regenerated = json(portal.postJson("/api/saved-queries/" + saved.get("id").asString() + "/feed-token", "", alice, PASSWORD));
        String newPath = URI.create(regenerated.get("feedUrl").asString()).getPath();

        assertThat(newPath).isNotEqualTo(oldPath);
        assertThat(portal.get(oldPath, null, null).statusCode()).isEqualTo(404);
        assertThat(portal.get(newPath, null, null).statusCode()).isEqualTo(200);
        assertThat(portal.postJson("/api/saved-queries/" + saved.get("id").asString() + "/feed-token", "", bob, PASSWORD).statusCode())
                .isEqualTo(404);
    }

    @Test
    void savedSearchesLiveInTheirOwnIndexOutsideTheArticlesAlias() throws IOException {
        save(alice, "Where am I", "q=vietnam");

        assertThat(client.indices().getAlias(a -> a.name(Indices.SAVED_SEARCHES)).result()).containsOnlyKeys("saved-queries-000001");
        assertThat(client.indices().getAlias(a -> a.name(Indices.ARTICLES)).result().keySet())
                .noneMatch(index -> index.startsWith("saved-queries") || index.startsWith("accounts"));
    }

    private HttpResponse<String> save(String user, String name, String query) {
        return save(portal, user, name, query);
    }

    private static HttpResponse<String> save(PortalClient portal, String user, String name, String query) {
        return portal.postJson("/api/saved-queries", "{\"name\":%s,\"query\":%s}".formatted(quoted(name), quoted(query)), user, PASSWORD);
    }

    private static String quoted(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private String newUser() {
        String name = "saver" + System.nanoTime() % 1_000_000 + "-" + SEQUENCE.incrementAndGet();
        portal.createUser(name, PASSWORD);
        return name;
    }

    private void index(String id, String text, String outlet, Instant ingestedAt) throws IOException {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("title", id);
        doc.put("body", text);
        doc.put("outlet", outlet);
        doc.put("published", "2024-01-01");
        doc.put("ingested_at", ingestedAt.toString());
        client.index(i -> i.index(Indices.ARTICLES).id(id).document(doc).refresh(co.elastic.clients.elasticsearch._types.Refresh.True));
    }
}
