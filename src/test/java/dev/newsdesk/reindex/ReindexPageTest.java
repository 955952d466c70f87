package dev.newsdesk.reindex;

import static dev.newsdesk.reindex.AdminHttp.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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

    AdminHttp http;
    AdminFixture fixture;
    HeadlessChromium chromium;
    ChromeDriver browser;

    @BeforeAll
    void ingestACorpusAndStartABrowser() throws IOException {
        http = new AdminHttp(port);
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
        String id = http.start("index");
        await().atMost(JOB_LIMIT).until(() -> jobs.running().isEmpty());

        Document page = Jsoup.parse(http.getPage("/admin", ADMIN).body());

        List<String> versions = page.select("#versions-title ~ table tbody tr").eachText();
        assertThat(versions).anySatisfy(row -> assertThat(row).contains(fixture.serving(), "serving"));
        assertThat(page.select("#versions-title ~ table tbody tr.is-serving th").text()).isEqualTo(fixture.serving());
        assertThat(page.select(".health-status").text()).isIn("green", "yellow");
        assertThat(page.select("#jobs-title ~ table tbody tr").first().text()).contains(id, "From the index", "succeeded");
        assertThat(page.select("form.rollback-form button").text()).contains("Roll back to");
        assertThat(page.select("head meta[http-equiv=refresh]")).as("no reload while no job runs").isEmpty();
    }

    @Test
    void everyFormCarriesTheCsrfTokenAndAFormWithoutItIsRefused() throws Exception {
        SignedIn session = signIn();
        Document page = Jsoup.parse(session.get("/admin").body());
        assertThat(page.select("form[method=post]")).isNotEmpty()
                .allSatisfy(form -> assertThat(form.select("input[type=hidden][name=_csrf]").attr("value")).isNotBlank());

        HttpResponse<String> withoutToken = session.postForm("/admin/reindex", Map.of("source", "index"));
        HttpResponse<String> withToken = session.postForm("/admin/reindex",
                Map.of("source", "index", "_csrf", page.select("input[name=_csrf]").first().attr("value")));

        assertThat(withoutToken.statusCode()).isEqualTo(403);
        assertThat(withToken.statusCode()).isEqualTo(302);
        assertThat(withToken.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/admin"));
        assertThat(jobs.recent(1)).first().satisfies(job -> assertThat(job.startedBy()).isEqualTo("admin"));
    }

    @Test
    void withoutJavaScriptThePageReloadsItselfWhileAJobRuns() throws Exception {
        String id = http.start("files");
        try {
            Document page = Jsoup.parse(http.getPage("/admin", ADMIN).body());

            assertThat(page.select("head noscript").html()).contains("http-equiv=\"refresh\"", "content=\"" + ReindexPageController.REFRESH_SECONDS + "\"");
            assertThat(page.select("progress.job-bar")).hasSize(1);
            assertThat(page.select("[data-status-url]").attr("data-status-url")).isEqualTo("/admin/reindex/" + id);
            assertThat(page.select("form[action=/admin/reindex/" + id + "/cancel] button").text()).isEqualTo("Cancel the reindex");
        } finally {
            http.post("/admin/reindex/" + id + "/cancel", null, ADMIN);
        }
    }

    @Test
    void inABrowserTheProgressBarMovesByItselfAndThePageShowsTheOutcome() throws IOException {
        String before = fixture.serving();
        signInWith(browser);
        browser.get(http.base().resolve("/admin").toString());
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
        browser.get(http.base().resolve("/login").toString());
        browser.findElement(By.id("username")).sendKeys("admin");
        browser.findElement(By.id("password")).sendKeys(PortalClient.ADMIN_PASSWORD);
        browser.findElement(By.cssSelector("form.login-form button[type=submit]")).click();
    }

    /** A session signed in through the login form, as a browser holds one. */
    private SignedIn signIn() throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
        SignedIn session = new SignedIn(client, http.base());
        String token = Jsoup.parse(session.get("/login").body()).select("input[name=_csrf]").attr("value");
        HttpResponse<String> login = session.postForm("/login", Map.of("username", PortalClient.ADMIN, "password", PortalClient.ADMIN_PASSWORD, "_csrf", token));
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
        return session;
    }

    private record SignedIn(HttpClient client, URI base) {

        HttpResponse<String> get(String path) throws Exception {
            return client.send(HttpRequest.newBuilder(base.resolve(path)).header("Accept", "text/html").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> postForm(String path, Map<String, String> fields) throws Exception {
            String body = fields.entrySet().stream()
                    .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return client.send(HttpRequest.newBuilder(base.resolve(path)).header("Accept", "text/html")
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }
}
