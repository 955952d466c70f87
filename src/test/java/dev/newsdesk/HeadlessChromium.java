package dev.newsdesk;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.util.FileSystemUtils;

/**
 * Debian's Chromium, headless, on a fresh profile that is deleted when it closes: the real browser every page test
 * drives. No browser is ever downloaded; the README's test command installs the Debian packages.
 */
public final class HeadlessChromium implements AutoCloseable {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final ChromeDriver driver;
    private final Path profile;
    private final String base;

    private HeadlessChromium(ChromeDriver driver, Path profile, String base) {
        this.driver = driver;
        this.profile = profile;
        this.base = base;
    }

    /** A browser window of this size whose {@link #open} paths are on the portal at {@code port}. */
    public static HeadlessChromium start(int port, int width, int height) {
        try {
            Path profile = Files.createTempDirectory("newsdesk-chromium");
            ChromeOptions options = new ChromeOptions();
            options.setBinary("/usr/bin/chromium");
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    "--disable-component-update", "--no-first-run", "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver")).build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().window().setSize(new Dimension(width, height));
            return new HeadlessChromium(driver, profile, "http://localhost:" + port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Opens a path of the portal and waits until its page has loaded. */
    public void open(String path) {
        driver.get(base + path);
        waitUntilLoaded();
    }

    /** Waits (at most ten seconds) for a page with its main content: after {@link #open}, which waits for the load itself. */
    public void waitUntilLoaded() {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.tagName("main")));
    }

    /**
     * Clicks an element that leads to another page (a link, a form's button) and waits for that page: until the
     * clicked element is gone with the old page, then for the new page's main content. Waiting for the main content
     * alone can return at once, while the old page still shows.
     */
    public void clickAndWait(WebElement element) {
        element.click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(page -> isGone(element));
        waitUntilLoaded();
    }

    /** Whether the element left the document: Chromium says so as a stale reference, or as a node of no document. */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.WebDriverException e) {
            return true;
        }
    }

    /** The path and query of the page shown, without the portal's origin. */
    public String currentPath() {
        return driver.getCurrentUrl().substring(base.length());
    }

    /** Saves what the window shows under {@code target/screenshots}, for a person to look at after the run. */
    public void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try {
                FileSystemUtils.deleteRecursively(profile);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
