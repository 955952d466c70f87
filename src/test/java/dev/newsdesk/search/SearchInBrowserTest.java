package dev.newsdesk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import dev.newsdesk.HeadlessChromium;
import dev.newsdesk.NewsdeskTest;

/** The results page in Debian's headless Chromium: what a user clicks, sees and goes back to. */
@NewsdeskTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchInBrowserTest {

    @Autowired
    ElasticsearchClient client;
    @LocalServerPort
    int port;
    HeadlessChromium chromium;
    ChromeDriver browser;

    @BeforeAll
    void startBrowser() {
        chromium = HeadlessChromium.start(port, 1366, 1000);
        browser = chromium.driver();
    }

    @AfterAll
    void stopBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @BeforeEach
    void indexFixtures() {
        TestArticles.ensureIndexed(client);
    }

    @Test
    void searchingShowsTheTotalAndHighlightedResults() {
        open("/");
        WebElement box = browser.findElement(By.id("q"));
        box.sendKeys(TestArticles.SPREAD_WORD);
        browser.findElement(By.cssSelector(".search-button")).click();
        waitForTitle(TestArticles.SPREAD_WORD);
        assertThat(total()).isEqualTo(TestArticles.GENERATED);
        assertThat(browser.findElements(By.cssSelector(".result"))).hasSize(10);
        assertThat(browser.findElements(By.cssSelector(".snippet mark"))).isNotEmpty();
        screenshot("search-results");
    }

    @Test
    void clickingAFacetValueShowsAsManyResultsAsItsCountPromised() {
        open("/search?q=" + TestArticles.SPREAD_WORD + "&size=50");
        WebElement value = browser.findElements(By.cssSelector("[data-facet=person] .facet-toggle")).get(2);
        long promised = Long.parseLong(value.findElement(By.cssSelector("[data-count]")).getText().replace(",", ""));
        String name = value.findElement(By.cssSelector(".facet-name")).getText();
        value.click();
        waitForChip(name);
        assertThat(total()).isEqualTo(promised);
        assertThat(browser.findElements(By.cssSelector(".result"))).hasSize((int) Math.min(promised, 50));
        screenshot("facet-selected");
    }

    @Test
    void removingAChipAndGoingBackRestoreEachState() {
        open("/search?q=" + TestArticles.SPREAD_WORD);
        long all = total();
        browser.findElements(By.cssSelector("[data-facet=outlet] .facet-toggle")).get(0).click();
        waitForChipCount(1);
        long filtered = total();
        assertThat(filtered).isLessThan(all);
        String filteredUrl = browser.getCurrentUrl();

        browser.findElement(By.cssSelector(".chip-remove")).click();
        waitForChipCount(0);
        assertThat(total()).isEqualTo(all);

        browser.navigate().back();
        waitForChipCount(1);
        assertThat(browser.getCurrentUrl()).isEqualTo(filteredUrl);
        assertThat(total()).isEqualTo(filtered);
        screenshot("back-button");
    }

    @Test
    void excludingAValueShowsAnExclusionChip() {
        open("/search?q=" + TestArticles.SPREAD_WORD);
        long all = total();
        browser.findElements(By.cssSelector("[data-facet=place] .facet-exclude")).get(0).click();
        waitForChipCount(1);
        assertThat(browser.findElements(By.cssSelector(".chip-excluded"))).hasSize(1);
        assertThat(total()).isLessThan(all);
    }

    @Test
    void aScriptInTheQueryIsShownAsText() {
        String payload = "<script>window.__xss=1</script><img src=x onerror=\"window.__xss=2\">\"><svg onload=\"window.__xss=3\">"
                + " javascript:window.__xss=4";
        open("/");
        browser.findElement(By.id("q")).sendKeys(payload);
        browser.findElement(By.cssSelector(".search-button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".summary-query")));
        assertThat(browser.getTitle()).isEqualTo(payload + " · Newsdesk");
        assertThat(browser.findElement(By.cssSelector(".summary-query")).getText()).isEqualTo(payload);
        assertThat(browser.findElement(By.id("q")).getAttribute("value")).isEqualTo(payload);
        assertThat(browser.findElements(By.cssSelector("main img"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector("script:not([src]), svg[onload], [onerror], a[href^='javascript:']"))).isEmpty();
        assertThat(browser.executeScript("return window.__xss === undefined;")).as("no payload ran").isEqualTo(true);
        screenshot("script-payload");
    }

    @Test
    void typingOffersEntitySuggestionsThatTheKeyboardCanChoose() {
        open("/");
        WebElement box = browser.findElement(By.id("q"));
        box.sendKeys("kritenb");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".suggest-option")));
        assertThat(browser.findElement(By.cssSelector(".suggest-option")).getText()).contains("Daniel Kritenbrink");
        screenshot("suggestions");
        box.sendKeys(org.openqa.selenium.Keys.ARROW_DOWN, org.openqa.selenium.Keys.ENTER);
        waitForChip("Daniel Kritenbrink");
        assertThat(total()).isEqualTo(1);
    }

    @Test
    void looksRightOnAPhone() {
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            open("/search?q=blinken&outlet=VOA");
            assertThat(pageWidth()).as("page width on a phone").isLessThanOrEqualTo(viewportWidth());
            screenshot("phone-results");

            open("/search?q=" + TestArticles.SPREAD_WORD);
            assertThat(pageWidth()).as("page width on a phone").isLessThanOrEqualTo(viewportWidth());
            WebElement value = browser.findElements(By.cssSelector("#filters .facet-toggle")).get(0);
            assertThat(inViewport(value)).as("filters start below the results").isFalse();
            browser.findElement(By.cssSelector(".filters-jump")).click();
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> inViewport(value));
            assertThat(value.isDisplayed()).isTrue();
            screenshot("phone-filters");
            String name = value.findElement(By.cssSelector(".facet-name")).getText();
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.elementToBeClickable(value)).click();
            waitForChip(name);

            open("/articles/fixture-story-1");
            assertThat(pageWidth()).as("page width on a phone").isLessThanOrEqualTo(viewportWidth());
            screenshot("phone-article");
        } finally {
            browser.manage().window().setSize(new Dimension(1366, 1000));
        }
    }

    private void open(String path) {
        chromium.open(path);
    }

    /** How wide the document is laid out: wider than the viewport means the page scrolls sideways. */
    private long pageWidth() {
        return (Long) browser.executeScript("return document.documentElement.scrollWidth;");
    }

    private long viewportWidth() {
        return (Long) browser.executeScript("return document.documentElement.clientWidth;");
    }

    /** True when the element's whole box lies within the visible part of the page. */
    private boolean inViewport(WebElement element) {
        return (Boolean) browser.executeScript("const box = arguments[0].getBoundingClientRect();"
                + "return box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight && box.left >= 0 && box.right <= window.innerWidth;", element);
    }

    private long total() {
        return Long.parseLong(browser.findElement(By.cssSelector("[data-total]")).getText().replace(",", ""));
    }

    private void waitForTitle(String text) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.titleContains(text));
    }

    private void waitForChip(String value) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> driver.findElements(By.cssSelector(".chip-value")).stream()
                .anyMatch(chip -> chip.getText().equals(value)));
    }

    private void waitForChipCount(int count) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> {
            List<WebElement> chips = driver.findElements(By.cssSelector(".chip-value"));
            return chips.size() == count && driver.findElement(By.cssSelector("[data-total]")).isDisplayed();
        });
    }

    private void screenshot(String name) {
        chromium.screenshot(name + ".png");
    }
}
