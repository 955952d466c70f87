package dev.newsdesk.saved;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import dev.newsdesk.NewsdeskTest;
import dev.newsdesk.search.TestArticles;
import dev.newsdesk.security.PortalClient;

@NewsdeskTest
class SavedPagesTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String PASSWORD = "page password";

    @Autowired
    ElasticsearchClient client;
    @LocalServerPort
    int port;
    PortalClient portal;
    PortalClient.Session browser;

    @BeforeEach
    void setUp() {
        TestArticles.ensureIndexed(client);
        portal = new PortalClient(port);
        String user = "pager" + System.nanoTime() % 1_000_000 + "-" + SEQUENCE.incrementAndGet();
        portal.createUser(user, PASSWORD);
        browser = portal.session();
        browser.logIn(user, PASSWORD);
        browser.page("/saved");
    }

    /** Each row shows two counts: they come in one _msearch, whatever the number of rows (rest_actions of the real node). */
    @Test
    void theListAsksElasticsearchOnceForTheCountsOfAllItsRows() throws IOException {
        for (int i = 0; i < 20; i++) {
            assertThat(browser.post("/saved", "name=Row+" + i + "&query=" + PortalClient.encode("q=word" + i), true).statusCode()).isEqualTo(302);
        }
        Map<String, Long> before = restActions();

        HttpResponse<String> page = browser.page("/saved");

        Map<String, Long> after = restActions();
        Map<String, Long> calls = new TreeMap<>();
        after.forEach((action, count) -> {
            long delta = count - before.getOrDefault(action, 0L);
            if (delta != 0) {
                calls.put(action, delta);
            }
        });
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Row 0", "Row 19");
        assertThat(calls).as("REST actions the page called: %s", calls).doesNotContainKey("count_action").containsEntry("msearch_action", 1L);
        assertThat(calls.getOrDefault("search_action", 0L)).as("the list itself, %s", calls).isLessThanOrEqualTo(1);
    }

    private Map<String, Long> restActions() throws IOException {
        Map<String, Long> actions = new TreeMap<>();
        client.nodes().usage().nodes().values().forEach(node -> node.restActions().forEach((action, count) -> actions.merge(action, (long) count, Long::sum)));
        return actions;
    }

    @Test
    void anonymousReadersAreSentToTheLoginPage() {
        HttpResponse<String> page = portal.session().page("/saved");

        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }

    @Test
    void theResultsPageOffersToSaveTheSearchShownAndInvitesAnonymousReadersToLogIn() {
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(browser.page("/search?q=vietnam&not_outlet=VOA").body());

        assertThat(page.select("form.save-search-form input[name=query]").attr("value")).contains("q=vietnam", "not_outlet=VOA");
        assertThat(page.select("form.save-search-form input[name=_csrf]").attr("value")).isNotBlank();
        org.jsoup.nodes.Document anonymous = org.jsoup.Jsoup.parse(portal.session().page("/search?q=vietnam").body());
        assertThat(anonymous.select("form.save-search-form")).isEmpty();
        assertThat(anonymous.select("section.save-search").text()).contains("Log in to save this search");
    }

    @Test
    void theMastheadNamesTheReaderWithTheWayToSavedSearchesAndOut() {
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(browser.page("/search?q=vietnam").body());

        assertThat(page.select("header.masthead nav.account-nav .account-name").text()).startsWith("pager");
        assertThat(page.select("header.masthead nav.account-nav a[href=/saved]")).isNotEmpty();
        assertThat(page.select("header.masthead nav.account-nav form.logout-form input[name=_csrf]")).isNotEmpty();
        org.jsoup.nodes.Document anonymous = org.jsoup.Jsoup.parse(portal.session().page("/articles/fixture-story-4").body());
        assertThat(anonymous.select("header.masthead nav.account-nav a[href=/login]").text()).isEqualTo("Log in");
    }

    @Test
    void hitsIngestedSinceTheLastVisitAreMarkedNew() {
        // The fixture articles were ingested at 2026-01-01T00:00:00Z.
        org.jsoup.nodes.Document before = org.jsoup.Jsoup.parse(browser.page("/search?q=vietnam&new_since=2025-12-31T00:00:00Z").body());
        org.jsoup.nodes.Document after = org.jsoup.Jsoup.parse(browser.page("/search?q=vietnam&new_since=2026-01-02T00:00:00Z").body());

        assertThat(before.select("li.result")).isNotEmpty().allSatisfy(hit -> assertThat(hit.select(".new-mark").text()).isEqualTo("New"));
        assertThat(before.select("p.new-since").text()).endsWith("new since your last visit.");
        assertThat(after.select("li.result")).isNotEmpty();
        assertThat(after.select(".new-mark")).isEmpty();
        assertThat(after.select("p.new-since").text()).isEqualTo("0 articles are new since your last visit.");
    }

    @Test
    void saveThisSearchNeedsTheFormsCsrfToken() {
        String form = "name=Blinken+in+Hanoi&query=" + PortalClient.encode("q=vietnam&person=Antony+Blinken&not_outlet=VOA");

        HttpResponse<String> forged = browser.post("/saved", form, false);
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(browser.page("/saved").body()).doesNotContain("Blinken in Hanoi");

        HttpResponse<String> saved = browser.post("/saved", form, true);
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(saved.headers().firstValue("Location").orElseThrow()).endsWith("/saved");
    }

    @Test
    void theListShowsEachSearchWithItsFiltersInWordsAndItsCounts() {
        browser.post("/saved", "name=Blinken+in+Hanoi&query=" + PortalClient.encode("q=vietnam&person=Antony+Blinken&not_outlet=VOA"), true);

        String page = browser.page("/saved").body();

        assertThat(page).contains("Blinken in Hanoi", "“vietnam”", "Person: Antony Blinken", "not Outlet: VOA");
        long total = PortalClient.json(portal.get("/api/search?q=vietnam&person=Antony+Blinken&not_outlet=VOA", null, null)).get("total").asLong();
        assertThat(page).contains(total + " articles", "0 new");
    }

    @Test
    void openingLandsOnTheSameResultsPageMarkedWithTheLastVisit() {
        browser.post("/saved", "name=Open+me&query=" + PortalClient.encode("q=vietnam&not_outlet=VOA&sort=newest"), true);
        String page = browser.page("/saved").body();
        String openAction = between(page, "class=\"saved-open\" method=\"post\" action=\"", "\"");

        HttpResponse<String> opened = browser.post(openAction, "", true);

        assertThat(opened.statusCode()).isEqualTo(302);
        String location = URLDecoder.decode(opened.headers().firstValue("Location").orElseThrow(), StandardCharsets.UTF_8);
        assertThat(location).contains("/search?q=vietnam&not_outlet=VOA&sort=newest&new_since=");
        assertThat(browser.page(opened.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "")).statusCode())
                .isEqualTo(200);
    }

    @Test
    void renamingAndDeletingWorkFromTheList() {
        browser.post("/saved", "name=Old+name&query=q%3Dhanoi", true);
        String page = browser.page("/saved").body();
        String renameAction = between(page, "class=\"saved-rename\" method=\"post\" action=\"", "\"");
        String deleteAction = between(page, "class=\"saved-delete\" method=\"post\" action=\"", "\"");

        browser.post(renameAction, "name=New+name", true);
        assertThat(browser.page("/saved").body()).contains("New name").doesNotContain("Old name");
        browser.post(deleteAction, "", true);
        assertThat(browser.page("/saved").body()).doesNotContain("New name").contains("no saved searches yet");
    }

    @Test
    void aBadNameOnTheFormShowsTheMessageOnAPage() {
        HttpResponse<String> refused = browser.post("/saved", "name=&query=q%3Dhanoi", true);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("A saved search needs a name of 1 to 100 characters.");
    }

    @Test
    void adminsManageAccountsOnTheAccountsPage() {
        PortalClient.Session admin = portal.session();
        admin.logIn(PortalClient.ADMIN, PortalClient.ADMIN_PASSWORD);
        admin.page("/admin/accounts");
        String name = "viapage" + SEQUENCE.incrementAndGet() + "x" + System.nanoTime() % 100000;

        assertThat(admin.post("/admin/accounts", "username=" + name + "&password=long+enough&role=USER", false).statusCode()).isEqualTo(403);
        assertThat(admin.post("/admin/accounts", "username=" + name + "&password=long+enough&role=USER", true).statusCode()).isEqualTo(302);
        assertThat(admin.page("/admin/accounts").body()).contains(name);
        assertThat(browser.page("/admin/accounts").statusCode()).isEqualTo(403);
    }

    private static String between(String text, String before, String after) {
        int start = text.indexOf(before);
        assertThat(start).as("page contains " + before).isNotNegative();
        start += before.length();
        return text.substring(start, text.indexOf(after, start));
    }
}
