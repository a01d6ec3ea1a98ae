package cn.gov.wujin.yanghu.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Headless Debian Chromium with screenshots under target/screenshots. Starting Chromium costs
 * 1-3 s, so the suite keeps its browsers: {@link #close()} wipes what a test left (cookies
 * and so the session, storage, cache, downloads) and keeps the browser for the next
 * {@link #open}, in this class or the next; they end when the test JVM does. Each test still
 * begins as a person who has never visited the site.
 */
public final class Browser implements AutoCloseable {

    /** The browsers that no test holds now. */
    private static final Deque<Browser> IDLE = new ArrayDeque<>();
    private static final List<Browser> STARTED = new ArrayList<>();

    private final ChromeDriver driver;
    private final Path profile;
    private final WebDriverWait wait;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
        // polled every 50 ms, not the default 500: a page answers in tens of milliseconds, and browser tests wait often
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20), Duration.ofMillis(50));
    }

    public static Browser open() {
        return open(1280, 900);
    }

    /** A browser with a window of this size (390 x 844 is a common phone), fresh as a first visit. */
    public static synchronized Browser open(int width, int height) {
        Browser browser = IDLE.poll();
        if (browser == null) {
            browser = start(width, height);
            if (STARTED.isEmpty()) {
                Runtime.getRuntime().addShutdownHook(new Thread(Browser::quitAll, "quit browsers"));
            }
            STARTED.add(browser);
        } else {
            browser.driver.manage().window().setSize(new Dimension(width, height));
        }
        return browser;
    }

    /** Ends every browser the suite started. */
    public static synchronized void quitAll() {
        for (Browser browser : STARTED) {
            browser.quit();
        }
        STARTED.clear();
        IDLE.clear();
    }

    private static Browser start(int width, int height) {
        try {
            Path profile = Files.createTempDirectory("yanghu-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(executable("chromium"));
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                    "--disable-quic", "--window-size=" + width + "," + height, "--lang=zh-CN", "--user-data-dir=" + profile);
            options.setExperimentalOption("prefs", Map.of("download.default_directory", profile.resolve("downloads").toString(),
                    "download.prompt_for_download", false));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(executable("chromedriver"))).usingAnyFreePort().build();
            return new Browser(new ChromeDriver(service, options), profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String executable(String name) {
        for (String dir : new String[]{"/usr/bin", "/usr/local/bin", "/usr/lib/chromium"}) {
            File f = new File(dir, name);
            if (f.canExecute()) {
                return f.getPath();
            }
        }
        throw new IllegalStateException(name + " is not installed: apt-get install chromium chromium-driver");
    }

    public Browser go(String path) {
        driver.get(TestEnv.baseUrl().resolve(path).toString());
        return this;
    }

    public WebElement find(String css) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    public boolean present(String css) {
        return !driver.findElements(By.cssSelector(css)).isEmpty();
    }

    /** How many elements match, shown or not (the rows of a table, say). */
    public int count(String css) {
        return driver.findElements(By.cssSelector(css)).size();
    }

    public Browser type(String css, String text) {
        WebElement e = find(css);
        e.clear();
        e.sendKeys(text);
        return this;
    }

    public Browser click(String css) {
        WebElement e = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css)));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", e);
        e.click();
        return this;
    }

    /** Clicks the element matching {@code css} in the table row that contains {@code text}. */
    public Browser clickInRow(String tableId, String text, String cssClass) {
        WebElement e = wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//*[@id='" + tableId + "']//tr[contains(., '"
                + text + "')]//*[contains(concat(' ', normalize-space(@class), ' '), ' " + cssClass + " ')]")));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", e);
        e.click();
        return this;
    }

    public Browser waitForText(String css, String text) {
        try {
            wait.until(d -> {
                try {
                    return d.findElement(By.cssSelector(css)).getText().contains(text);
                } catch (org.openqa.selenium.NoSuchElementException notYet) {
                    return false;
                } catch (WebDriverException e) {
                    if (replacedWhileRead(e)) {
                        return false;
                    }
                    throw e;
                }
            });
        } catch (org.openqa.selenium.TimeoutException e) {
            screenshot("failed-waiting-" + css.replaceAll("[^A-Za-z0-9]", "_"));
            try {
                Files.writeString(Path.of(System.getProperty("yanghu.screenshots", "target/screenshots"))
                        .resolve("failed-waiting-" + css.replaceAll("[^A-Za-z0-9]", "_") + ".html"), driver.getPageSource());
            } catch (IOException ignored) {
                // the screenshot is there
            }
            throw e;
        }
        return this;
    }

    /** Waits until the element no longer holds the text (a message that goes once its field is right). */
    public Browser waitForTextGone(String css, String text) {
        wait.until(d -> {
            String content = textContent(css);
            return content == null || !content.contains(text);
        });
        return this;
    }

    /** Waits for text in an element that need not be shown (the hidden select behind a menu refreshed by Ajax). */
    public Browser waitForTextContent(String css, String text) {
        wait.until(d -> {
            String content = textContent(css);
            return content != null && content.contains(text);
        });
        return this;
    }

    /** Waits until a script answers true (arguments as {@code executeScript} takes them). */
    public Browser waitUntil(String script, Object... arguments) {
        wait.until(d -> Boolean.TRUE.equals(driver.executeScript(script, arguments)));
        return this;
    }

    public Browser waitForUrl(String fragment) {
        wait.until(ExpectedConditions.urlContains(fragment));
        return this;
    }

    /** The text of an element whether shown or not (a collapsed menu item, say). */
    public String textContent(String css) {
        return (String) driver.executeScript("var e = document.querySelector(arguments[0]); return e ? e.textContent : null", css);
    }

    public String text(String css) {
        try {
            return find(css).getText();
        } catch (WebDriverException e) {
            if (!replacedWhileRead(e)) {
                throw e;
            }
            // an Ajax update or a new page replaced the element between finding and reading it: read the new one
            return find(css).getText();
        }
    }

    /**
     * An element replaced between finding and reading it: Selenium's stale reference, or Chromium's
     * "Node with given id does not belong to the document" when the page itself was replaced.
     */
    private static boolean replacedWhileRead(WebDriverException e) {
        return e instanceof org.openqa.selenium.StaleElementReferenceException
                || String.valueOf(e.getMessage()).contains("does not belong to the document");
    }

    /** Chooses a value of a PrimeFaces select menu through its widget (the real select is hidden). */
    public Browser select(String widgetVar, String value) {
        find("[id='" + widgetVar.replace("widget_", "").replace('_', ':') + "']");
        driver.executeScript("PrimeFaces.widgets[arguments[0]].selectValue(arguments[1])", widgetVar, value);
        return this;
    }

    /** As {@link #select}, and fires the menu's change behaviour, as a user's choice does (for menus that update others). */
    public Browser choose(String widgetVar, String value) {
        select(widgetVar, value);
        driver.executeScript("PrimeFaces.widgets[arguments[0]].triggerChange()", widgetVar);
        return this;
    }

    /** Clicks the n-th (from 1) element matching a selector, for widgets made of alike parts (rating stars). */
    public Browser clickNth(String css, int n) {
        wait.until(d -> ((Number) driver.executeScript("return document.querySelectorAll(arguments[0]).length", css)).intValue() >= n);
        driver.executeScript("document.querySelectorAll(arguments[0])[arguments[1] - 1].click()", css, n);
        return this;
    }

    /** Chooses a file for a file input (hidden or not), as the file dialog would. */
    public Browser attach(String css, Path file) {
        driver.findElement(By.cssSelector(css)).sendKeys(file.toAbsolutePath().toString());
        return this;
    }

    /** Presses a key where the focus is now (Escape, Tab), as a keyboard user does. */
    public Browser press(CharSequence key) {
        driver.switchTo().activeElement().sendKeys(key);
        return this;
    }

    /** Types and leaves the field (Tab), as a person does; change events fire. */
    public Browser typeAndLeave(String css, String text) {
        type(css, text);
        find(css).sendKeys(org.openqa.selenium.Keys.TAB);
        return this;
    }

    /** Selects what a field holds and types over it, then leaves it (for date pickers, which refill a cleared field). */
    public Browser retype(String css, String text) {
        WebElement e = find(css);
        e.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), text, org.openqa.selenium.Keys.TAB);
        return this;
    }

    /**
     * Presses Tab, as a keyboard user does, until the element with this id has the focus
     * (fails after 80 presses): a test of keyboard-only use reaches each field this way.
     */
    public Browser tabTo(String id) {
        for (int i = 0; i < 80; i++) {
            if (id.equals(driver.executeScript("return document.activeElement ? document.activeElement.id : null"))) {
                return this;
            }
            new org.openqa.selenium.interactions.Actions(driver).sendKeys(org.openqa.selenium.Keys.TAB).perform();
        }
        throw new AssertionError("Tab never reached #" + id + "; the focus is on #"
                + driver.executeScript("return document.activeElement ? document.activeElement.id : null"));
    }

    /** Types keys (text, Enter, arrows) into whatever has the focus, without touching the mouse. */
    public Browser keys(CharSequence... keys) {
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(keys).perform();
        return this;
    }

    /** Runs a script in the page and answers its result, for what a test measures there (sizes, positions, focus). */
    public Object evaluate(String script, Object... arguments) {
        return driver.executeScript(script, arguments);
    }

    /** The computed value of a CSS property of the (visible) element matching {@code css}. */
    public String cssValue(String css, String property) {
        return find(css).getCssValue(property);
    }

    /** Whether the page is wider than the window (sideways scrolling on a phone). */
    public boolean overflowsSideways() {
        return (Boolean) driver.executeScript("return document.documentElement.scrollWidth > window.innerWidth + 1");
    }

    public String cookie(String name) {
        org.openqa.selenium.Cookie cookie = driver.manage().getCookieNamed(name);
        return cookie == null ? null : cookie.getValue();
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    /** The page's title as the script in it may have left it. */
    public String title() {
        return driver.getTitle();
    }

    public Browser logIn(String username, String password) {
        type("#login\\:username", username);
        type("#login\\:password", password);
        click("#login\\:submit");
        return this;
    }

    /**
     * Waits for a download whose name starts with {@code prefix} to finish, and answers the file.
     * Chromium makes the file under its final name, empty, before it writes the bytes to a
     * .crdownload beside it: finished means no .crdownload left and some bytes in the file.
     */
    public Path downloaded(String prefix) {
        Path dir = profile.resolve("downloads");
        return wait.until(d -> {
            try (Stream<Path> files = Files.exists(dir) ? Files.list(dir) : Stream.empty()) {
                List<Path> all = files.toList();
                if (all.stream().anyMatch(f -> f.getFileName().toString().endsWith(".crdownload"))) {
                    return null;
                }
                for (Path f : all) {
                    if (f.getFileName().toString().startsWith(prefix) && Files.size(f) > 0) {
                        return f;
                    }
                }
                return null;
            } catch (IOException e) {
                return null;
            }
        });
    }

    /** Saves what the page looks like now, for a person to look at. */
    public Path screenshot(String name) {
        try {
            Path dir = Path.of(System.getProperty("yanghu.screenshots", "target/screenshots"));
            Files.createDirectories(dir);
            Path target = dir.resolve(name + ".png");
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The WCAG 2.1 A and AA rules of axe-core: what the bureau's pages must meet. */
    private static final String AXE_RUN = "var done = arguments[arguments.length - 1];"
            + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},"
            + " resultTypes: ['violations']})"
            + ".then(function (r) { done(JSON.stringify(r)); }, function (e) { done(JSON.stringify({error: String(e)})); });";

    private static String axeSource;

    /** One violation of an axe-core rule, with the CSS selectors of the nodes that break it. */
    public record Violation(String page, String rule, String impact, String help, List<String> nodes) {
        @Override
        public String toString() {
            return page + ": " + rule + " (" + impact + ", " + help + ") " + nodes;
        }
    }

    /**
     * Runs axe-core over the page as it is now (an open dialog included) with the WCAG 2.1 A/AA
     * rules, saves the whole result as axe-{@code name}.json beside the screenshots, and answers
     * the critical and serious violations. The script goes in through WebDriver, which the page's
     * Content-Security-Policy does not govern.
     */
    public List<Violation> axe(String name) {
        if (!Boolean.TRUE.equals(driver.executeScript("return !!window.axe"))) {
            driver.executeScript(axeSource());
        }
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        String json = (String) driver.executeAsyncScript(AXE_RUN);
        try {
            Path dir = Path.of(System.getProperty("yanghu.screenshots", "target/screenshots"));
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("axe-" + name + ".json"), json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        JsonObject result;
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            result = reader.readObject();
        }
        if (result.containsKey("error")) {
            throw new IllegalStateException("axe-core failed on " + name + ": " + result.getString("error"));
        }
        String page = name + " " + driver.getCurrentUrl().replace(TestEnv.baseUrl().toString(), "/");
        List<Violation> violations = new ArrayList<>();
        for (JsonValue v : result.getJsonArray("violations")) {
            JsonObject violation = v.asJsonObject();
            String impact = violation.getString("impact", "");
            if (!impact.equals("critical") && !impact.equals("serious")) {
                continue;
            }
            List<String> nodes = new ArrayList<>();
            for (JsonValue n : violation.getJsonArray("nodes")) {
                nodes.add(n.asJsonObject().getJsonArray("target").toString());
            }
            violations.add(new Violation(page, violation.getString("id"), impact, violation.getString("help", ""), nodes));
        }
        return violations;
    }

    private static synchronized String axeSource() {
        if (axeSource == null) {
            try (InputStream in = Browser.class.getResourceAsStream("/axe.min.js")) {
                if (in == null) {
                    throw new IllegalStateException("axe.min.js is not on the test classpath (com.deque.html.axe-core:selenium)");
                }
                axeSource = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return axeSource;
    }

    /**
     * A security key in this browser: Chromium's virtual authenticator (DevTools protocol; CTAP2 over
     * USB, user verification on), until {@link #removeSecurityKey}.
     */
    public org.openqa.selenium.virtualauthenticator.VirtualAuthenticator addSecurityKey() {
        return driver.addVirtualAuthenticator(new org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions()
                .setProtocol(org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions.Protocol.CTAP2)
                .setTransport(org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions.Transport.USB)
                .setHasResidentKey(false).setHasUserVerification(true).setIsUserVerified(true).setIsUserConsenting(true));
    }

    public void removeSecurityKey(org.openqa.selenium.virtualauthenticator.VirtualAuthenticator key) {
        driver.removeVirtualAuthenticator(key);
    }

    /** A DevTools command (network conditions, device emulation) on this page's target. */
    public Map<String, Object> devTools(String command, Map<String, Object> parameters) {
        return driver.executeCdpCommand(command, parameters);
    }

    /** A script that answers later: it calls its last argument with the answer (a promise's result, say). */
    public Object evaluateAsync(String script, Object... arguments) {
        return driver.executeAsyncScript(script, arguments);
    }

    /** Loads the page again, as a person pulling down to refresh. */
    public Browser reload() {
        driver.navigate().refresh();
        return this;
    }

    /** Wipes what this test left in the browser and keeps it for the class's next test. */
    @Override
    public void close() {
        synchronized (Browser.class) {
            if (!STARTED.contains(this) || IDLE.contains(this)) {
                return;
            }
        }
        try {
            if (driver.getCurrentUrl().startsWith(TestEnv.baseUrl().toString())) {
                driver.executeScript("window.localStorage.clear(); window.sessionStorage.clear();");
            }
            driver.get("about:blank");
            driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
            driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
            driver.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", TestEnv.baseUrl().toString().replaceAll("/$", ""),
                    "storageTypes", "all"));
            clearDownloads();
        } catch (RuntimeException e) {
            // a browser that cannot be wiped is not reused
            synchronized (Browser.class) {
                STARTED.remove(this);
            }
            quit();
            return;
        }
        synchronized (Browser.class) {
            IDLE.push(this);
        }
    }

    private void clearDownloads() {
        Path dir = profile.resolve("downloads");
        if (Files.isDirectory(dir)) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.deleteIfExists(f);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private void quit() {
        try {
            driver.quit();
        } catch (RuntimeException ignored) {
            // already gone
        }
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException ignored) {
            // a leftover temporary profile is harmless
        }
    }
}
