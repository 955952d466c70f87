package dev.newsdesk.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import dev.newsdesk.HeadlessChromium;
import dev.newsdesk.NewsdeskTest;
import dev.newsdesk.security.PortalClient;

/**
 * An admin manages sources on {@code /admin/sources} in Debian's headless Chromium: follows a feed through the form,
 * pauses, resumes and fetches it now, imports an OPML file, and removes a source; a URL that cannot be a source is
 * refused with its reason.
 */
@NewsdeskTest
@CrawlingPortal
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SourcesPageInBrowserTest {

    @LocalServerPort
    int port;
    @TempDir
    Path dir;

    OutletServer site;
    PortalClient portal;
    HeadlessChromium chromium;
    ChromeDriver browser;

    @BeforeAll
    void start() throws IOException {
        site = OutletServer.serve(new GeneratedOutlets(31, 3));
        portal = new PortalClient(port);
        chromium = HeadlessChromium.start(port, 1280, 1000);
        browser = chromium.driver();
        chromium.open("/login");
        browser.findElement(By.id("username")).sendKeys(PortalClient.ADMIN);
        browser.findElement(By.id("password")).sendKeys(PortalClient.ADMIN_PASSWORD);
        chromium.clickAndWait(browser.findElement(By.cssSelector("form.login-form button[type=submit]")));
    }

    @AfterAll
    void stop() {
        if (portal != null) {
            for (JsonNode source : PortalClient.json(portal.get("/admin/sources", PortalClient.ADMIN, PortalClient.ADMIN_PASSWORD))) {
                if (source.get("url").asString().startsWith(site.url("/"))) {
                    portal.delete("/admin/sources/" + source.get("id").asString(), PortalClient.ADMIN, PortalClient.ADMIN_PASSWORD);
                }
            }
        }
        if (chromium != null) {
            chromium.close();
        }
        if (site != null) {
            site.close();
        }
    }

    @Test
    void anAdminFollowsPausesResumesFetchesImportsAndRemovesSources() throws IOException {
        String feed = site.url(GeneratedOutlets.feedPath(0));
        chromium.open("/admin/sources");
        browser.findElement(By.id("source-url")).sendKeys(feed);
        browser.findElement(By.id("source-outlet")).sendKeys("Page Outlet");
        browser.findElement(By.id("source-labels")).sendKeys("Harbour press, wires");
        chromium.clickAndWait(browser.findElement(By.cssSelector("form.new-source button[type=submit]")));

        WebElement row = row(feed);
        assertThat(row.findElement(By.cssSelector(".source-outlet")).getText()).isEqualTo("Page Outlet");
        assertThat(row.findElement(By.cssSelector(".source-kind")).getText()).isEqualTo("feed");
        assertThat(row.findElement(By.cssSelector(".source-labels")).getText()).contains("Harbour press", "wires");

        click("Pause " + feed);
        assertThat(row(feed).getAttribute("class")).contains("is-paused");
        assertThat(row(feed).findElement(By.cssSelector(".flag-paused")).getText()).isEqualTo("Paused");

        click("Resume " + feed);
        assertThat(row(feed).getAttribute("class")).doesNotContain("is-paused");

        click("Fetch " + feed + " now");
        await("the fetch the button asked for").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            chromium.open("/admin/sources");
            return !row(feed).findElement(By.cssSelector(".source-status")).getText().isBlank();
        });

        Path opml = dir.resolve("subscriptions.opml");
        Files.writeString(opml, """
                <?xml version="1.0" encoding="UTF-8"?>
                <opml version="2.0"><head><title>Feeds</title></head><body>
                  <outline text="Imported"><outline text="One" type="rss" xmlUrl="%s"/></outline>
                  <outline text="Gone" type="rss" xmlUrl="%s"/>
                </body></opml>
                """.formatted(site.url(GeneratedOutlets.feedPath(1)), site.url("/gone.xml")));
        browser.findElement(By.id("opml-file")).sendKeys(opml.toAbsolutePath().toString());
        chromium.clickAndWait(browser.findElement(By.cssSelector("form.import-sources button[type=submit]")));
        assertThat(browser.findElement(By.cssSelector(".import-report p")).getText()).isEqualTo("1 added, 0 followed already, 1 refused");
        assertThat(browser.findElement(By.cssSelector(".import-report li")).getText()).contains("gone.xml", "it answered 404");
        assertThat(row(site.url(GeneratedOutlets.feedPath(1))).findElement(By.cssSelector(".source-labels")).getText()).contains("Imported");

        click("Remove " + feed);
        assertThat(rows()).noneMatch(each -> each.getText().contains(feed));
        chromium.screenshot("sources-page-admin.png");
    }

    @Test
    void aUrlThatCannotBeASourceIsRefusedWithItsReason() {
        chromium.open("/admin/sources");
        browser.findElement(By.id("source-url")).sendKeys(site.url("/nowhere.xml"));
        chromium.clickAndWait(browser.findElement(By.cssSelector("form.new-source button[type=submit]")));

        assertThat(browser.findElement(By.tagName("main")).getText()).contains("it answered 404");
    }

    private void click(String label) {
        chromium.clickAndWait(browser.findElement(By.cssSelector("button[aria-label='" + label + "']")));
    }

    private List<WebElement> rows() {
        return browser.findElements(By.cssSelector("table.sources tbody tr"));
    }

    private WebElement row(String url) {
        return rows().stream().filter(each -> each.findElement(By.cssSelector(".source-url a")).getText().equals(url)).findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + url + " on " + browser.getCurrentUrl()));
    }
}
