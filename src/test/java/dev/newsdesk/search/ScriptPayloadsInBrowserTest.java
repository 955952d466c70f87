package dev.newsdesk.search;

import static dev.newsdesk.security.PortalClient.encode;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import dev.newsdesk.HeadlessChromium;
import dev.newsdesk.NewsdeskTest;
import dev.newsdesk.elasticsearch.Indices;
import dev.newsdesk.security.PortalClient;

/**
 * Script payloads in everything a page shows (article titles, bodies, entity names, outlets, source addresses,
 * saved-search names, user names) appear as text in Debian's headless Chromium: no script runs and no element is
 * added, counted against the same page made from a twin without payloads.
 */
@NewsdeskTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScriptPayloadsInBrowserTest {

    /** Each payload records that it ran in {@code window.__xss}. */
    private static final String SCRIPT = "<script>window.__xss='script'</script>";
    private static final String IMG = "<img src=x onerror=\"window.__xss='img'\">";
    private static final String SVG = "\"><svg onload=\"window.__xss='svg'\">";
    private static final String JAVASCRIPT_URL = "javascript:window.__xss='url'";
    /** Elements a payload would add, and links that would run script when followed. */
    private static final String INJECTABLE = "script, img, svg, iframe, object, embed, [onerror], [onload], a[href^='javascript:'], [src^='javascript:']";
    private static final String PASSWORD = "payload password";

    @Autowired
    ElasticsearchClient client;
    @LocalServerPort
    int port;
    HeadlessChromium chromium;
    ChromeDriver browser;
    PortalClient portal;
    final long run = System.nanoTime() % 1_000_000;
    final Twin payload = new Twin("xsspay" + run, SCRIPT, IMG, SVG, JAVASCRIPT_URL);
    final Twin plain = new Twin("xssplain" + run, "plain script text", "plain image text", "plain svg text", "https://news.example.org/plain");
    final List<String> users = new ArrayList<>();

    @BeforeAll
    void indexTwinsAndStartBrowser() throws IOException {
        TestArticles.ensureIndexed(client);
        for (Twin twin : List.of(payload, plain)) {
            client.index(i -> i.index(Indices.ARTICLES).id(twin.articleId()).document(twin.article()).refresh(Refresh.True));
        }
        portal = new PortalClient(port);
        chromium = HeadlessChromium.start(port, 1366, 1000);
        browser = chromium.driver();
    }

    @AfterAll
    void removeTwinsAndStopBrowser() throws IOException {
        for (Twin twin : List.of(payload, plain)) {
            client.delete(d -> d.index(Indices.ARTICLES).id(twin.articleId()).refresh(Refresh.True));
        }
        for (String user : users) {
            portal.delete("/admin/users/" + user, PortalClient.ADMIN, PortalClient.ADMIN_PASSWORD);
        }
        if (chromium != null) {
            chromium.close();
        }
    }

    @BeforeEach
    void logOut() {
        browser.manage().deleteAllCookies();
    }

    @Test
    void titlesSnippetsAndFacetsOfResultsShowPayloadsAsText() {
        long expected = injectableOn("/search?q=" + plain.word());

        open("/search?q=" + payload.word());

        assertNothingRanOrWasAdded(expected);
        assertThat(browser.findElement(By.cssSelector(".result-title a")).getText()).isEqualTo(payload.title());
        assertThat(browser.findElement(By.cssSelector(".snippet")).getText()).contains(payload.word());
        assertThat(texts("[data-facet=person] .facet-name")).contains(payload.person());
        assertThat(texts("[data-facet=organization] .facet-name")).contains(payload.organization());
        assertThat(texts("[data-facet=place] .facet-name")).contains(payload.place());
        assertThat(texts("[data-facet=outlet] .facet-name")).contains(payload.outlet());
        assertThat(texts(".result .entity")).contains(payload.person());
    }

    @Test
    void chipsOfSelectedPayloadValuesShowThemAsText() {
        long expected = injectableOn(plain.selectingEverything());

        open(payload.selectingEverything());

        assertNothingRanOrWasAdded(expected);
        assertThat(texts(".chip-value")).contains(payload.person(), payload.organization(), payload.place(), payload.outlet());
        assertThat(browser.findElements(By.cssSelector(".result"))).hasSize(1);
    }

    @Test
    void theArticlePageShowsPayloadsAsTextAndNoScriptLink() {
        long expected = injectableOn("/articles/" + plain.articleId());

        open("/articles/" + payload.articleId());

        assertNothingRanOrWasAdded(expected);
        assertThat(browser.findElement(By.cssSelector("main h1")).getText()).isEqualTo(payload.title());
        assertThat(browser.findElement(By.cssSelector(".article-body")).getText()).contains(IMG, SCRIPT, SVG);
        assertThat(texts("aside .entity")).contains(payload.person(), payload.organization(), payload.place());
        assertThat(textContent("main .outlet")).isEqualTo(payload.outlet());
        assertThat(browser.findElement(By.cssSelector("main .article-meta")).getText()).contains(JAVASCRIPT_URL);
    }

    @Test
    void suggestionsShowPayloadsAsText() {
        long expected = injectableAfterTyping(plain.word());

        assertThat(injectableAfterTyping(payload.word())).isEqualTo(expected);

        assertThat(ranPayload()).isNull();
        assertThat(texts(".suggest-option")).anyMatch(option -> option.contains(payload.title()));
        assertThat(texts(".suggest-option")).anyMatch(option -> option.contains(payload.person()));
    }

    @Test
    void savedSearchNamesAndQueriesShowPayloadsAsText() {
        String plainUser = savedSearchOwner(plain);
        String payloadUser = savedSearchOwner(payload);
        logIn(plainUser);
        long expected = injectableOn("/saved");
        logOut();
        logIn(payloadUser);

        open("/saved");

        assertNothingRanOrWasAdded(expected);
        assertThat(browser.findElement(By.cssSelector(".saved-name")).getText()).isEqualTo(payload.savedName());
        assertThat(browser.findElement(By.cssSelector("input[name=name]")).getAttribute("value")).isEqualTo(payload.savedName());
        assertThat(textContent(".saved-filters")).contains(payload.person(), SCRIPT);
    }

    @Test
    void aPayloadUserNameIsRefusedAndTheAccountsPageStaysText() {
        logIn(PortalClient.ADMIN, PortalClient.ADMIN_PASSWORD);
        long expected = injectableOn("/admin/accounts");

        browser.findElement(By.id("new-username")).sendKeys(SVG + IMG + SCRIPT);
        browser.findElement(By.id("new-password")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("form.new-account button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "A user name is 1 to 64"));

        assertThat(ranPayload()).isNull();
        open("/admin/accounts");
        assertNothingRanOrWasAdded(expected);
        assertThat(texts("[data-account] td:first-child")).noneMatch(name -> name.contains("<"));
    }

    private String savedSearchOwner(Twin twin) {
        String user = "xss" + twin.word();
        portal.createUser(user, PASSWORD);
        users.add(user);
        var saved = portal.postJson("/api/saved-queries", "{\"name\":%s,\"query\":%s}".formatted(quoted(twin.savedName()), quoted(twin.savedQueryString())),
                user, PASSWORD);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(201);
        return user;
    }

    private void logIn(String user) {
        logIn(user, PASSWORD);
    }

    private void logIn(String user, String password) {
        open("/login");
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.cssSelector("form.login-form button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".account-name")));
    }

    private void open(String path) {
        chromium.open(path);
    }

    /** How many elements a payload could have added are on the page at this path. */
    private long injectableOn(String path) {
        open(path);
        assertThat(ranPayload()).isNull();
        return injectable();
    }

    private long injectableAfterTyping(String word) {
        open("/");
        browser.findElement(By.id("q")).sendKeys(word);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".suggest-option")));
        return injectable();
    }

    private long injectable() {
        return (Long) browser.executeScript("return document.body.querySelectorAll(arguments[0]).length;", INJECTABLE);
    }

    /** What a payload that ran left behind: {@code window.__xss}, or null. */
    private Object ranPayload() {
        return browser.executeScript("return window.__xss === undefined ? null : String(window.__xss);");
    }

    private void assertNothingRanOrWasAdded(long expected) {
        assertThat(ranPayload()).as("a payload ran").isNull();
        assertThat(injectable()).as("elements a payload could have added (%s)", INJECTABLE).isEqualTo(expected);
    }

    /** The text as written into the page, before style (capitals, say) changes how it looks. */
    private String textContent(String selector) {
        return browser.findElement(By.cssSelector(selector)).getDomProperty("textContent").strip();
    }

    private List<String> texts(String selector) {
        return browser.findElements(By.cssSelector(selector)).stream().map(WebElement::getText).toList();
    }

    private static String quoted(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /**
     * One article and one saved search carrying the payloads (or plain text in their place) in every field a page
     * shows, findable by a word of their own.
     */
    record Twin(String word, String script, String img, String svg, String url) {

        String articleId() {
            return "xss-" + word;
        }

        String title() {
            return word + " harbour report " + script + " " + img;
        }

        String person() {
            return word + "son " + img;
        }

        String organization() {
            return script + " Council";
        }

        String place() {
            return svg + " Bay";
        }

        String outlet() {
            return "Gazette " + svg;
        }

        /** Two payloads: all three would pass the hundred characters a name may have; the query carries the third. */
        String savedName() {
            return img + svg + " saved";
        }

        String savedQueryString() {
            return "q=" + encode(word + " " + script) + "&person=" + encode(person());
        }

        String selectingEverything() {
            return "/search?q=" + word + "&person=" + encode(person()) + "&organization=" + encode(organization())
                    + "&place=" + encode(place()) + "&outlet=" + encode(outlet());
        }

        Map<String, Object> article() {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("title", title());
            doc.put("body", "The " + word + " report quoted " + person() + " of the " + organization() + " in " + place() + ": " + svg + " "
                    + img + " " + script + " " + url + "\n\nA second paragraph about the " + word + " " + img + ".");
            doc.put("outlet", outlet());
            doc.put("agency", "Wire " + img);
            doc.put("published", "2024-03-03");
            doc.put("people", List.of(person()));
            doc.put("organizations", List.of(organization()));
            doc.put("places", List.of(place()));
            doc.put("mentions", Map.of(person(), 3, organization(), 2, place(), 1));
            doc.put("source", "fixtures/" + articleId() + ".txt");
            doc.put("url", url);
            doc.put("ingested_at", Instant.now().toString());
            return doc;
        }
    }
}
