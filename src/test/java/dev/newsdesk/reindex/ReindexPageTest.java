package dev.newsdesk.reindex;

import static dev.newsdesk.security.PortalClient.ADMIN;
import static dev.newsdesk.security.PortalClient.ADMIN_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import dev.newsdesk.HeadlessChromium;
import dev.newsdesk.elasticsearch.IndexSetup;
import dev.newsdesk.ingest.Ingester;
import dev.newsdesk.security.PortalClient;

/** The admin page as an admin uses it: in a browser that signs in, and as plain HTML for browsers without JavaScript. */
@AdminTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReindexPageTest {

    private static final Duration JOB_LIMIT = Duration.ofMinutes(3);

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
    HeadlessChromium chromium;
    ChromeDriver browser;

    @BeforeAll
    void ingestACorpusAndStartABrowser() throws IOException {
        http = new PortalClient(port);
        fixture = new AdminFixture(client, indexSetup, ingester);
        fixture.startFresh();
        fixture.ingest(AdminFixture.generatedFiles(250, 31));
        chromium = HeadlessChromium.start(port, 1280, 1000);
        browser = chromium.driver();
    }

    @AfterAll
    void stopBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @BeforeEach
    void noJobIsRunning() {
        await().atMost(JOB_LIMIT).until(() -> jobs.running().isEmpty());
    }

    @Test
    void thePageShowsTheVersionsWhichOneServesClusterHealthAndTheLastJobs() throws IOException {
        String id = http.startReindex("index");
        await().atMost(JOB_LIMIT).until(() -> jobs.running().isEmpty());

        Document page = Jsoup.parse(http.page("/admin", ADMIN, ADMIN_PASSWORD).body());

        List<String> versions = page.select("#versions-title ~ table tbody tr").eachText();
        assertThat(versions).anySatisfy(row -> assertThat(row).contains(fixture.serving(), "serving"));
        assertThat(page.select("#versions-title ~ table tbody tr.is-serving th").text()).isEqualTo(fixture.serving());
        assertThat(page.select(".health-status").text()).isIn("green", "yellow");
        assertThat(page.select("#jobs-title ~ table tbody tr").first().text()).contains(id, "From the index", "succeeded");
        assertThat(page.select("form.rollback-form button").text()).contains("Roll back to");
        assertThat(page.select("head meta[http-equiv=refresh]")).as("no reload while no job runs").isEmpty();
    }

    @Test
    void everyFormCarriesTheCsrfTokenAndAFormWithoutItIsRefused() throws IOException {
        PortalClient.Session session = signIn();
        Document page = Jsoup.parse(session.page("/admin").body());
        assertThat(page.select("form[method=post]")).isNotEmpty()
                .allSatisfy(form -> assertThat(form.select("input[type=hidden][name=_csrf]").attr("value")).isNotBlank());

        HttpResponse<String> withoutToken = session.post("/admin/reindex", "source=index", false);
        HttpResponse<String> withToken = session.post("/admin/reindex",
                "source=index&_csrf=" + PortalClient.encode(page.select("input[name=_csrf]").first().attr("value")), false);

        assertThat(withoutToken.statusCode()).isEqualTo(403);
        assertThat(withToken.statusCode()).isEqualTo(302);
        assertThat(withToken.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/admin"));
        assertThat(jobs.recent(1)).first().satisfies(job -> assertThat(job.startedBy()).isEqualTo("admin"));
    }

    @Test
    void withoutJavaScriptThePageReloadsItselfWhileAJobRuns() throws Exception {
        String id = http.startReindex("files");
        try {
            Document page = Jsoup.parse(http.page("/admin", ADMIN, ADMIN_PASSWORD).body());

            assertThat(page.select("head noscript").html()).contains("http-equiv=\"refresh\"", "content=\"" + ReindexPageController.REFRESH_SECONDS + "\"");
            assertThat(page.select("progress.job-bar")).hasSize(1);
            assertThat(page.select("[data-status-url]").attr("data-status-url")).isEqualTo("/admin/reindex/" + id);
            assertThat(page.select("form[action=/admin/reindex/" + id + "/cancel] button").text()).isEqualTo("Cancel the reindex");
        } finally {
            http.post("/admin/reindex/" + id + "/cancel", ADMIN, ADMIN_PASSWORD);
        }
    }

    @Test
    void inABrowserTheProgressBarMovesByItselfAndThePageShowsTheOutcome() throws IOException {
        String before = fixture.serving();
        signInWith(browser);
        browser.get(http.uri("/admin").toString());
        browser.findElement(By.cssSelector("button[name=source][value=files]")).click();
        await().atMost(Duration.ofSeconds(30)).until(() -> !browser.findElements(By.cssSelector("progress.job-bar")).isEmpty());
        WebElement bar = browser.findElement(By.cssSelector("progress.job-bar"));
        String id = browser.findElement(By.cssSelector("[data-status-url]")).getAttribute("data-status-url").replace("/admin/reindex/", "");
        browser.executeScript("window.sameDocument = true;");

        List<String> values = new ArrayList<>();
        await().atMost(JOB_LIMIT).pollInterval(Duration.ofMillis(300)).until(() -> {
            values.add(bar.getAttribute("value"));
            return values.stream().distinct().count() >= 3;
        });
        assertThat(browser.executeScript("return window.sameDocument === true;")).as("updated in place, not reloaded").isEqualTo(true);
        screenshot("admin-job-running.png");
        assertThat(browser.findElement(By.cssSelector("[data-job=progress]")).getText()).contains("files");

        await().atMost(JOB_LIMIT).ignoreException(StaleElementReferenceException.class)
                .until(() -> browser.findElements(By.cssSelector("#jobs-title ~ table tbody tr")).stream()
                .anyMatch(row -> row.getText().contains(id) && row.getText().contains("succeeded")));
        assertThat(browser.findElements(By.cssSelector("progress.job-bar"))).as("the page reloaded when the job ended").isEmpty();
        String after = fixture.serving();
        assertThat(after).isNotEqualTo(before);
        assertThat(browser.findElement(By.cssSelector("tr.is-serving th")).getText()).isEqualTo(after);

        screenshot("admin-job-done.png");
        browser.findElement(By.cssSelector("form.rollback-form button")).click();

        // The click posts the form; the page that answers may not be there yet when click() returns.
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions()
                .until(() -> browser.findElement(By.cssSelector(".notice")).getText().contains("Rolled back"));
        assertThat(browser.findElement(By.cssSelector(".notice")).getText()).contains("Rolled back", before);
        assertThat(fixture.serving()).isEqualTo(before);
    }

    private void screenshot(String name) {
        chromium.screenshot(name);
    }

    private void signInWith(ChromeDriver browser) {
        browser.get(http.uri("/login").toString());
        browser.findElement(By.id("username")).sendKeys("admin");
        browser.findElement(By.id("password")).sendKeys(PortalClient.ADMIN_PASSWORD);
        browser.findElement(By.cssSelector("form.login-form button[type=submit]")).click();
    }

    /** A session signed in through the login form, as a browser holds one. */
    private PortalClient.Session signIn() {
        PortalClient.Session session = http.session();
        HttpResponse<String> login = session.logIn(PortalClient.ADMIN, PortalClient.ADMIN_PASSWORD);
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
        return session;
    }
}
