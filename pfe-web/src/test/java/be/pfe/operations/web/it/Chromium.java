package be.pfe.operations.web.it;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A headless Chromium for the browser journeys, with the steps they share: signing in, waiting for PrimeFaces,
 * choosing in a select menu.
 */
final class Chromium implements AutoCloseable {

    final WebDriver browser;
    final WebDriverWait wait;
    private final String base;

    private Chromium(WebDriver browser, String base) {
        this.browser = browser;
        this.base = base;
        this.wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    /** A fresh browser (own profile, British English unless the page is told otherwise) on the running application. */
    static Chromium open(String base) {
        return open(base, 1000);
    }

    /** The same, with a window of the given height (long pages). */
    static Chromium open(String base, int height) {
        try {
            Path profile = Files.createTempDirectory("chromium-profile");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(System.getProperty("pfe.chromium", "/usr/bin/chromium"));
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--window-size=1366," + height, "--lang=en-GB",
                    "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(System.getProperty("pfe.chromedriver", "/usr/bin/chromedriver")))
                    .build();
            return new Chromium(new ChromeDriver(service, options), base);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Signs in on the login page as a demonstration user and waits for the dashboard. */
    void signIn(String username) {
        browser.get(base + "login.xhtml");
        WebElement name = byId("loginForm:username");
        name.clear();
        name.sendKeys(username);
        byId("loginForm:password").sendKeys(Http.DEMO_PASSWORD);
        byId("loginForm:signIn").click();
        wait.until(ExpectedConditions.urlContains("index.xhtml"));
        ajaxDone();
    }

    /**
     * Waits for the page refused whole: the "not allowed" page shown at the address asked for (status 403), saying why.
     */
    void refused() {
        byId("forbidden");
    }

    WebElement byId(String id) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    /** Waits until the page is loaded, no PrimeFaces request is under way and no panel is still moving. */
    void ajaxDone() {
        wait.until(driver -> (Boolean) ((JavascriptExecutor) driver).executeScript(
                "return document.readyState === 'complete' && (!window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty())"
                        + " && (!window.jQuery || jQuery(':animated').length === 0);"));
    }

    /** Follows an item of a group of the top menu: opens the group, then clicks the item once it shows. */
    void followMenu(String group, String item) {
        WebElement menu = byId("top:menu");
        menu.findElement(By.xpath(".//a[.//span[text()='" + group + "']]")).click();
        WebElement link = menu.findElement(By.xpath(".//a[.//span[text()='" + item + "']]"));
        wait.until(ExpectedConditions.visibilityOf(link)).click();
    }

    /** Opens a PrimeFaces select menu, picks the option whose label starts with the given text and checks it shows. */
    void choose(String menuId, String labelStart) {
        pick(menuId, labelStart);
        String chosen = byId(menuId + "_label").getText();
        if (!chosen.startsWith(labelStart)) {
            // a long list still sliding open when clicked: the click landed on a neighbour; choose once more
            pick(menuId, labelStart);
            chosen = byId(menuId + "_label").getText();
        }
        assertTrue(chosen.startsWith(labelStart), menuId + " shows " + chosen);
    }

    /** Opens a PrimeFaces select menu and picks the option whose label starts with the given text. */
    void pick(String menuId, String labelStart) {
        By option = By.cssSelector("[id='" + menuId + "_items'] li[data-label^='" + labelStart + "']");
        By panel = By.id(menuId + "_panel");
        byId(menuId).click();
        ajaxDone();
        for (int attempt = 1; ; attempt++) {
            WebElement item = wait.until(ExpectedConditions.elementToBeClickable(option));
            // in a list longer than its panel, the option is scrolled to first
            ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'nearest'});", item);
            wait.until(ExpectedConditions.elementToBeClickable(item)).click();
            try {
                // a choice that reloads the page (the language) may replace the panel while it is looked at
                new WebDriverWait(browser, Duration.ofSeconds(3)).ignoring(org.openqa.selenium.WebDriverException.class)
                        .until(ExpectedConditions.invisibilityOfElementLocated(panel));
                break;
            } catch (org.openqa.selenium.TimeoutException stillOpen) {
                // a click that lands while the panel is still opening is ignored by the widget: click again
                if (attempt == 3) {
                    throw stillOpen;
                }
            }
        }
        ajaxDone();
    }

    void type(String inputId, String text) {
        WebElement input = byId(inputId);
        input.clear();
        input.sendKeys(text, Keys.TAB);
    }

    /** Keeps what the browser shows under target/screenshots, e.g. after a failed step. */
    void screenshot(String name) throws IOException {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Path target = Path.of("target", "screenshots", name.replaceAll("\\W+", "_") + ".png");
        Files.createDirectories(target.getParent());
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    }

    void quit() {
        browser.quit();
    }

    @Override
    public void close() {
        quit();
    }
}
