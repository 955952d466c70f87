package dev.newsdesk.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.io.WireFeedInput;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.search.Hit;
import dev.newsdesk.HeadlessChromium;
import dev.newsdesk.NewsdeskTest;
import dev.newsdesk.elasticsearch.Indices;
import dev.newsdesk.security.PortalClient;

/**
 * News that arrives by itself, in Debian's headless Chromium against the real node: an admin follows a loopback outlet's
 * feed, a reader saves a search, the outlet publishes, and without anyone running a command the saved search shows the
 * new article, marked New, and its Atom feed lists it. The sources page shows the source with its bars.
 */
@NewsdeskTest
@CrawlingPortal
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SourcesInBrowserTest {

    /** A word only this test's articles use. */
    private static final String WORD = "marshwortcourier";
    private static final String PASSWORD = "browser password";
    private static final String OUTLET = "Marshwort Courier";

    @Autowired
    ElasticsearchClient client;
    @LocalServerPort
    int port;

    OutletServer site;
    PortalClient portal;
    HeadlessChromium chromium;
    ChromeDriver browser;
    String sourceId;

    @BeforeAll
    void start() throws IOException {
        removeTheArticles();
        site = OutletServer.serve(new GeneratedOutlets(21, 2));
        portal = new PortalClient(port);
        chromium = HeadlessChromium.start(port, 1280, 1000);
        browser = chromium.driver();
    }

    @AfterAll
    void stop() throws IOException {
        if (sourceId != null) {
            portal.delete("/admin/sources/" + sourceId, PortalClient.ADMIN, PortalClient.ADMIN_PASSWORD);
        }
        if (chromium != null) {
            chromium.close();
        }
        if (site != null) {
            site.close();
        }
        removeTheArticles();
    }

    @Test
    void aPublishedFeedItemReachesASavedSearchWithoutAnyCommand() throws Exception {
        GeneratedOutlets outlets = site.outlets();
        outlets.publish(0, "Marsh council opens the " + WORD + " inquiry",
                "The marsh council opened its inquiry into the " + WORD + " on Monday, officials said.",
                "Residents have waited three years for the hearing, which continues next month.");
        HttpResponse<String> added = portal.postJson("/admin/sources", """
                {"url": "%s", "outlet": "%s", "labels": ["Marsh press"], "intervalMinutes": 1}
                """.formatted(site.url(GeneratedOutlets.feedPath(0)), OUTLET), PortalClient.ADMIN, PortalClient.ADMIN_PASSWORD);
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        JsonNode source = PortalClient.json(added);
        sourceId = source.get("id").asString();
        assertThat(source.get("kind").asString()).isEqualTo("feed");

        await("the first fetch").atMost(Duration.ofSeconds(60)).until(() -> matching() == 1);

        String user = "crawlreader" + System.nanoTime() % 1_000_000;
        portal.createUser(user, PASSWORD);
        logIn(user);
        chromium.open("/search?q=" + WORD);
        assertThat(resultTitles()).containsExactly("Marsh council opens the " + WORD + " inquiry");
        assertThat(facetNames("outlet")).as("the source's outlet wins").containsExactly(OUTLET);
        assertThat(facetNames("collection")).containsExactly("Marsh press");
        browser.findElement(By.id("save-search-name")).sendKeys("Marsh inquiry");
        chromium.clickAndWait(browser.findElement(By.cssSelector("form.save-search-form button[type=submit]")));
        chromium.clickAndWait(savedQuery().findElement(By.cssSelector("form.saved-open button")));
        chromium.open("/saved");
        assertThat(savedQuery().findElement(By.cssSelector("[data-new-count]")).getText()).isEqualTo("0 new");

        outlets.publish(0, "Marsh council closes the " + WORD + " inquiry",
                "The marsh council closed its inquiry into the " + WORD + " on Friday after four days of hearings.",
                "A report is expected before the end of the year, the chair said.");

        await("the scheduler fetches the feed again by itself").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1))
                .until(() -> matching() == 2);
        chromium.open("/saved");
        assertThat(savedQuery().findElement(By.cssSelector("[data-new-count]")).getText()).isEqualTo("1 new");
        String feed = savedQuery().findElement(By.cssSelector("a[data-feed]")).getAttribute("href");
        chromium.clickAndWait(savedQuery().findElement(By.cssSelector("form.saved-open button")));
        assertThat(browser.findElements(By.cssSelector(".result")).stream()
                .filter(hit -> !hit.findElements(By.cssSelector(".new-mark")).isEmpty())
                .map(hit -> hit.findElement(By.cssSelector(".result-title a")).getText()))
                .containsExactly("Marsh council closes the " + WORD + " inquiry");

        HttpResponse<String> atom = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(feed)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(atom.statusCode()).isEqualTo(200);
        Feed entries = (Feed) new WireFeedInput().build(new StringReader(atom.body()));
        assertThat(entries.getEntries()).extracting(Entry::getTitle).contains("Marsh council closes the " + WORD + " inquiry");
        assertThat(outlets.requestedTwice()).as("no page fetched twice").allMatch(path -> !path.contains("/articles/"));

        chromium.clickAndWait(browser.findElement(By.cssSelector("header nav.account-nav form.logout-form button")));
        logIn(PortalClient.ADMIN, PortalClient.ADMIN_PASSWORD);
        chromium.open("/admin/sources");
        WebElement row = browser.findElement(By.cssSelector("tr[data-source='" + sourceId + "']"));
        assertThat(row.findElement(By.cssSelector(".source-outlet")).getText()).isEqualTo(OUTLET);
        List<WebElement> bars = row.findElements(By.cssSelector("svg.activity-chart path.bar-fill"));
        assertThat(bars).as("one bar a day with articles").isNotEmpty();
        assertThat(row.findElement(By.cssSelector("figcaption")).getText()).contains("2 in all");
        assertThat(row.findElement(By.cssSelector(".source-status")).getText()).isNotBlank();
        chromium.screenshot("sources-page.png");
    }

    private long matching() throws IOException {
        client.indices().refresh(r -> r.index(Indices.ARTICLES));
        return client.count(c -> c.index(Indices.ARTICLES).query(q -> q.match(m -> m.field("body").query(WORD)))).count();
    }

    private void removeTheArticles() throws IOException {
        for (Hit<Void> hit : client.search(s -> s.index(Indices.ARTICLES).query(q -> q.match(m -> m.field("body").query(WORD))).size(100),
                Void.class).hits().hits()) {
            client.delete(d -> d.index(Indices.ARTICLES).id(hit.id()));
        }
        client.indices().refresh(r -> r.index(Indices.ARTICLES));
    }

    private void logIn(String user) {
        logIn(user, PASSWORD);
    }

    private void logIn(String user, String password) {
        chromium.open("/login");
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(password);
        chromium.clickAndWait(browser.findElement(By.cssSelector("form.login-form button[type=submit]")));
    }

    private List<String> resultTitles() {
        return browser.findElements(By.cssSelector(".result .result-title a")).stream().map(WebElement::getText).toList();
    }

    private List<String> facetNames(String facet) {
        return browser.findElements(By.cssSelector("[data-facet=" + facet + "] li.facet-value .facet-name")).stream()
                .map(WebElement::getText).toList();
    }

    private WebElement savedQuery() {
        return browser.findElement(By.cssSelector("li.saved-query"));
    }
}
