import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A person at work while the instance serving them dies: an officer signs in through the
 * balancer in Chromium, starts a report (a second transfer row added, which only the view on the
 * server knows), the instance that served the last request is killed (kill -9), and the officer
 * goes on: adds a third row, and registers the report. Passes when the officer is still signed
 * in, all three rows and what was typed reached the database, and the other instance served.
 * Arguments: base-url access-log kill-command (run with the port of the instance to kill as $1).
 */
public class SessionFailover {

    public static void main(String[] args) throws Exception {
        String base = args[0];
        Path accessLog = Path.of(args[1]);
        String kill = args[2];
        Path profile = Files.createTempDirectory("yanghu-failover-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--disable-background-networking", "--window-size=1280,1000", "--lang=zh-CN", "--user-data-dir=" + profile);
        ChromeDriver driver = new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build(), options);
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        boolean passed = false;
        try {
            driver.get(base + "/fraud/intake.xhtml");
            type(wait, "#login\\:username", "officer1");
            type(wait, "#login\\:password", System.getenv().getOrDefault("BENCH_PASSWORD", "Yanghu-demo-2026"));
            click(driver, wait, "#login\\:submit");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".yh-title"), "报案登记"));
            String narrative = "会话切换演练 " + System.currentTimeMillis();
            driver.executeScript("PrimeFaces.widgets['widget_intake_fraudType'].selectValue('FAKE_LOAN')");
            type(wait, "#intake\\:narrative", narrative);
            type(wait, "#intake\\:victims\\:0\\:name", "王某");
            transfer(driver, wait, 0, "2026-11-20 10:15", "100.00", "100.00");
            click(driver, wait, "#intake\\:addTransfer");
            transfer(driver, wait, 1, "2026-11-20 10:30", "20.00", "120.00");

            String served = lastUpstream(accessLog);
            System.out.printf("served by\t%s%n", served);
            Process p = new ProcessBuilder("bash", "-c", kill, "kill", served.substring(served.lastIndexOf(':') + 1))
                    .inheritIO().start();
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("the kill command failed");
            }
            long killedAt = System.currentTimeMillis();

            click(driver, wait, "#intake\\:addTransfer");
            transfer(driver, wait, 2, "2026-11-20 10:45", "3.00", "123.00");
            click(driver, wait, "#intake\\:register");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#detail\\:messages"), "已登记案件"));
            String after = lastUpstream(accessLog);
            String loss = driver.findElement(By.cssSelector("#caseLoss")).getText();
            System.out.printf("after the kill, served by\t%s%n", after);
            System.out.printf("registered after the kill in\t%.1f s%n", (System.currentTimeMillis() - killedAt) / 1000.0);
            System.out.printf("still signed in, case page\t%s%n", driver.getCurrentUrl().replace(base, ""));
            System.out.printf("loss of the registered case (3 rows, 100.00 + 20.00 + 3.00)\t%s%n", loss);
            passed = "123.00".equals(loss) && !after.equals(served) && driver.getCurrentUrl().contains("/fraud/case.xhtml");
        } finally {
            driver.quit();
        }
        System.out.printf("session failover\t%s%n", passed ? "passed" : "FAILED");
        System.exit(passed ? 0 : 1);
    }

    /** Fills transfer row {@code row} and waits for the total the view computes on the server. */
    private static void transfer(ChromeDriver driver, WebDriverWait wait, int row, String time, String amount, String total) {
        type(wait, "#intake\\:transfers\\:" + row + "\\:time_input", time);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#intake\\:transfers\\:" + row + "\\:time_input")))
                .sendKeys(Keys.TAB);
        type(wait, "#intake\\:transfers\\:" + row + "\\:amount", amount);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#intake\\:transfers\\:" + row + "\\:amount")))
                .sendKeys(Keys.TAB);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#intake\\:total"),
                String.format("%,.2f", Double.parseDouble(total))));
    }

    private static void type(WebDriverWait wait, String css, String text) {
        WebElement e = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
        e.clear();
        e.sendKeys(text);
    }

    private static void click(ChromeDriver driver, WebDriverWait wait, String css) {
        WebElement e = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css)));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", e);
        e.click();
    }

    /** The instance nginx sent the newest request of the log to ("127.0.0.1:18180"). */
    private static String lastUpstream(Path accessLog) throws Exception {
        Thread.sleep(300); // nginx writes the line when the answer is sent
        List<String> lines = Files.readAllLines(accessLog);
        for (int i = lines.size() - 1; i >= 0; i--) {
            String[] fields = lines.get(i).split(" ");
            String upstream = fields[fields.length - 1];
            if (upstream.matches("[0-9.]+:[0-9]+")) {
                return upstream;
            }
        }
        throw new IllegalStateException("no upstream in " + accessLog);
    }
}
