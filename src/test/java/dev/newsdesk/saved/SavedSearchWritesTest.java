package dev.newsdesk.saved;

import static dev.newsdesk.security.PortalClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.newsdesk.NewsdeskTest;
import dev.newsdesk.security.PortalClient;
import tools.jackson.databind.JsonNode;

/** Writes of one saved search sent together: none undoes another, and a deleted one stays deleted. */
@NewsdeskTest
class SavedSearchWritesTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String PASSWORD = "writes password";

    @LocalServerPort
    int port;
    PortalClient portal;
    PortalClient.Session browser;
    String user;
    ExecutorService callers;

    @BeforeEach
    void setUp() {
        portal = new PortalClient(port);
        user = "writer" + System.nanoTime() % 1_000_000 + "-" + SEQUENCE.incrementAndGet();
        portal.createUser(user, PASSWORD);
        browser = portal.session();
        browser.logIn(user, PASSWORD);
        browser.page("/saved");
        callers = Executors.newFixedThreadPool(16);
    }

    @AfterEach
    void tearDown() {
        callers.shutdownNow();
    }

    @Test
    void newFeedAddressesAndOpensTogetherLeaveExactlyTheLastFeedAddressWorking() throws Exception {
        JsonNode saved = json(save("Busy feed"));
        String id = saved.get("id").asString();
        List<Callable<HttpResponse<String>>> renewals = new ArrayList<>();
        List<Callable<HttpResponse<String>>> opens = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            renewals.add(() -> portal.postJson(SavedSearchApiController.PATH + "/" + id + "/feed-token", "", user, PASSWORD));
            opens.add(() -> browser.post(SavedPageController.PATH + "/" + id + "/open", "", true));
        }

        List<HttpResponse<String>> answers = together(interleaved(renewals, opens));

        List<String> feedPaths = new ArrayList<>(List.of(path(saved)));
        for (int i = 0; i < answers.size(); i++) {
            HttpResponse<String> answer = answers.get(i);
            if (i % 2 == 0) {
                // 409 only when other writes came between read and write write-attempts times: then it changed nothing
                assertThat(answer.statusCode()).as(answer.body()).isIn(200, 409);
                if (answer.statusCode() == 200) {
                    feedPaths.add(path(json(answer)));
                }
            } else {
                assertThat(answer.statusCode()).as("open").isIn(302, 409);
            }
        }
        assertThat(feedPaths).as("at least one renewal got through").hasSizeGreaterThan(1);
        String finalPath = path(json(portal.get(SavedSearchApiController.PATH + "/" + id, user, PASSWORD)));
        assertThat(feedPaths).as("the feed address now is the one the last renewal answered").contains(finalPath);
        assertThat(feedPaths).doesNotHaveDuplicates();
        for (String feedPath : feedPaths) {
            assertThat(portal.get(feedPath, null, null).statusCode()).as(feedPath).isEqualTo(feedPath.equals(finalPath) ? 200 : 404);
        }
    }

    @Test
    void aDeleteAmongOpensStaysDeleted() throws Exception {
        for (int round = 0; round < 3; round++) {
            JsonNode saved = json(save("Going " + round));
            String id = saved.get("id").asString();
            List<Callable<HttpResponse<String>>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(() -> browser.post(SavedPageController.PATH + "/" + id + "/open", "", true));
                if (i == 3) {
                    calls.add(() -> portal.delete(SavedSearchApiController.PATH + "/" + id, user, PASSWORD));
                }
            }

            List<HttpResponse<String>> answers = together(calls);

            assertThat(answers.get(4).statusCode()).as("the delete").isEqualTo(204);
            assertThat(answers).extracting(HttpResponse::statusCode).allMatch(status -> status == 302 || status == 404 || status == 204);
            assertThat(portal.get(SavedSearchApiController.PATH + "/" + id, user, PASSWORD).statusCode()).isEqualTo(404);
            assertThat(portal.get(path(saved), null, null).statusCode()).isEqualTo(404);
        }
        assertThat(json(portal.get(SavedSearchApiController.PATH, user, PASSWORD))).isEmpty();
    }

    private HttpResponse<String> save(String name) {
        HttpResponse<String> saved = portal.postJson(SavedSearchApiController.PATH, "{\"name\":\"" + name + "\",\"query\":\"q=vietnam\"}", user, PASSWORD);
        assertThat(saved.statusCode()).isEqualTo(201);
        return saved;
    }

    private static String path(JsonNode saved) {
        return URI.create(saved.get("feedUrl").asString()).getPath();
    }

    private static <T> List<T> interleaved(List<T> evens, List<T> odds) {
        List<T> all = new ArrayList<>();
        for (int i = 0; i < evens.size(); i++) {
            all.add(evens.get(i));
            all.add(odds.get(i));
        }
        return all;
    }

    /** Starts every call at once and answers their answers in the calls' order. */
    private List<HttpResponse<String>> together(List<Callable<HttpResponse<String>>> calls) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> futures = new ArrayList<>();
        for (Callable<HttpResponse<String>> call : calls) {
            futures.add(callers.submit(() -> {
                start.await();
                return call.call();
            }));
        }
        start.countDown();
        List<HttpResponse<String>> answers = new ArrayList<>();
        for (Future<HttpResponse<String>> future : futures) {
            answers.add(future.get());
        }
        return answers;
    }
}
