package dev.newsdesk.saved;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.io.WireFeedInput;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.search.Hit;
import dev.newsdesk.HeadlessChromium;
import dev.newsdesk.NewsdeskTest;
import dev.newsdesk.elasticsearch.Indices;
import dev.newsdesk.ingest.FileResult;
import dev.newsdesk.ingest.IngestProgress;
import dev.newsdesk.ingest.IngestReport;
import dev.newsdesk.ingest.Ingester;
import dev.newsdesk.security.PortalClient;

/**
 * A reader's whole round with a saved search, in Debian's headless Chromium against the real node: log in, narrow a
 * search with a facet and an exclusion, save it, log out and in, open it, then see the articles ingested since.
 */
@NewsdeskTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SavedSearchInBrowserTest {

    /** A word only this test's articles use, so what it ingests changes no other test's results. */
    private static final String WORD = "quillwortstory";
    private static final String PASSWORD = "browser password";

    @Autowired
    Ingester ingester;
    @Autowired
    ElasticsearchClient client;
    @LocalServerPort
    int port;
    @TempDir
    Path files;

    HeadlessChromium chromium;
    ChromeDriver browser;

    @BeforeAll
    void startBrowser() throws IOException {
        removeTheArticles();
        chromium = HeadlessChromium.start(port, 1280, 1000);
        browser = chromium.driver();
    }

    @AfterAll
    void stopBrowser() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
        removeTheArticles();
    }

    private void removeTheArticles() throws IOException {
        for (Hit<Void> hit : client.search(s -> s.index(Indices.ARTICLES).query(q -> q.match(m -> m.field("body").query(WORD))).size(100),
                Void.class).hits().hits()) {
            client.delete(d -> d.index(Indices.ARTICLES).id(hit.id()));
        }
        client.indices().refresh(r -> r.index(Indices.ARTICLES));
    }

    @Test
    void aSavedFacetedSearchComesBackAfterLoggingOutAndShowsWhatWasIngestedSince() throws Exception {
        ingest("first",
                article("blinken-herald", "Harbour Herald", "Blinken opens the harbour talks",
                        "Secretary of State Antony Blinken opened the harbour talks on Monday."),
                article("blinken-gazette", "Portvale Gazette", "Blinken meets the port board",
                        "Secretary of State Antony Blinken met the port board of Portvale on Tuesday."),
                article("okafor-herald", "Harbour Herald", "Okafor answers the ferry critics",
                        "The authority's chair, Miriam Okafor, answered the critics of the ferry plan on Wednesday."));
        String user = "browser" + System.nanoTime() % 1_000_000;
        new PortalClient(port).createUser(user, PASSWORD);

        logIn(user);
        chromium.open("/search?q=" + WORD);
        assertThat(total()).isEqualTo(3);
        chromium.clickAndWait(facetValue("person", "Antony Blinken").findElement(By.cssSelector(".facet-toggle")));
        chromium.clickAndWait(facetValue("outlet", "Portvale Gazette").findElement(By.cssSelector(".facet-exclude")));
        String searched = chromium.currentPath();
        List<String> found = resultTitles();
        assertThat(searched).contains("person=Antony+Blinken", "not_outlet=Portvale+Gazette");
        assertThat(found).containsExactly("Blinken opens the harbour talks");

        browser.findElement(By.id("save-search-name")).sendKeys("Blinken, not the Gazette");
        chromium.clickAndWait(browser.findElement(By.cssSelector("form.save-search-form button[type=submit]")));
        assertThat(chromium.currentPath()).isEqualTo("/saved");
        assertThat(savedSearch().findElement(By.cssSelector(".saved-name")).getText()).isEqualTo("Blinken, not the Gazette");

        chromium.clickAndWait(browser.findElement(By.cssSelector("header nav.account-nav form.logout-form button")));
        chromium.open("/saved");
        assertThat(chromium.currentPath()).as("logged out: the saved searches ask for a login").isEqualTo("/login");
        logIn(user);
        chromium.open("/saved");
        assertThat(savedSearch().findElement(By.cssSelector("[data-new-count]")).getText()).isEqualTo("0 new");

        chromium.clickAndWait(savedSearch().findElement(By.cssSelector("form.saved-open button")));
        assertThat(chromium.currentPath()).startsWith(searched + "&new_since=");
        assertThat(resultTitles()).isEqualTo(found);
        assertThat(browser.findElements(By.cssSelector(".result .new-mark"))).isEmpty();

        ingest("second",
                article("blinken-herald-2", "Harbour Herald", "Blinken signs the harbour accord",
                        "Secretary of State Antony Blinken signed the harbour accord on Thursday."),
                article("blinken-gazette-2", "Portvale Gazette", "Blinken leaves Portvale",
                        "Secretary of State Antony Blinken left Portvale on Friday."));
        chromium.open("/saved");
        assertThat(savedSearch().findElement(By.cssSelector("[data-total]")).getText()).isEqualTo("2 articles");
        assertThat(savedSearch().findElement(By.cssSelector("[data-new-count]")).getText()).isEqualTo("1 new");
        String feed = savedSearch().findElement(By.cssSelector("a[data-feed]")).getAttribute("href");

        chromium.clickAndWait(savedSearch().findElement(By.cssSelector("form.saved-open button")));
        assertThat(browser.findElement(By.cssSelector("p.new-since")).getText()).isEqualTo("1 article is new since your last visit.");
        assertThat(browser.findElements(By.cssSelector(".result")).stream()
                .filter(hit -> !hit.findElements(By.cssSelector(".new-mark")).isEmpty())
                .map(hit -> hit.findElement(By.cssSelector(".result-title a")).getText()))
                .containsExactly("Blinken signs the harbour accord");
        chromium.screenshot("saved-search-new-marks.png");

        HttpResponse<String> atom = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(feed)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(atom.statusCode()).isEqualTo(200);
        Feed entries = (Feed) new WireFeedInput().build(new StringReader(atom.body()));
        assertThat(entries.getEntries()).extracting(Entry::getTitle)
                .containsExactly("Blinken signs the harbour accord", "Blinken opens the harbour talks");
    }

    private void logIn(String user) {
        chromium.open("/login");
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        chromium.clickAndWait(browser.findElement(By.cssSelector("form.login-form button[type=submit]")));
    }

    private long total() {
        return Long.parseLong(browser.findElement(By.cssSelector("[data-total]")).getText().replace(",", ""));
    }

    private List<String> resultTitles() {
        return browser.findElements(By.cssSelector(".result .result-title a")).stream().map(WebElement::getText).toList();
    }

    private WebElement facetValue(String facet, String name) {
        return browser.findElements(By.cssSelector("[data-facet=" + facet + "] li.facet-value")).stream()
                .filter(value -> value.findElement(By.cssSelector(".facet-name")).getText().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no " + facet + " value " + name));
    }

    private WebElement savedSearch() {
        return browser.findElement(By.cssSelector("li.saved-query"));
    }

    /** An article file and its sidecar (outlet, title and address, as a crawler would leave them). */
    private record ArticleFile(String name, String outlet, String title, String sentence) {
    }

    private static ArticleFile article(String name, String outlet, String title, String sentence) {
        return new ArticleFile(name, outlet, title, sentence);
    }

    /** Ingests the articles through the whole pipeline (cleaning, entity recognition, bulk), as the ingest command does. */
    private void ingest(String batch, ArticleFile... articles) throws IOException {
        Path directory = Files.createDirectories(files.resolve(batch));
        for (ArticleFile article : articles) {
            Files.writeString(directory.resolve(article.name() + ".txt"), article.title() + "\n\n" + article.sentence() + " Reporters called it the "
                    + WORD + " of the week.\nThe talks continue next month, officials said, with a second round planned in the autumn.\n");
            Files.writeString(directory.resolve(article.name() + ".txt.meta.json"), """
                    {"url": "https://news.example.org/%s", "outlet": "%s", "title": "%s", "published": "2024-05-06"}
                    """.formatted(article.name(), article.outlet(), article.title()));
        }
        IngestReport report = ingester.ingestInto(Indices.ARTICLES, List.of(directory), IngestProgress.SILENT);
        assertThat(report.files()).hasSize(articles.length).allSatisfy(file -> assertThat(file.status()).isEqualTo(FileResult.Status.INDEXED));
        client.indices().refresh(r -> r.index(Indices.ARTICLES));
    }
}
