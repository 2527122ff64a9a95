package dev.kiln.examples.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Logs in through the real login form in headless Chromium (the system's {@code chromium} and
 * {@code chromedriver}; nothing is downloaded) and checks the welcome page it lands on. Skipped,
 * with a message saying why, when the browser or its driver is not installed.
 */
class LoginBrowserTest {

    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("KILN_CHROMIUM", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getenv().getOrDefault("KILN_CHROMEDRIVER", "/usr/bin/chromedriver"));
    private static final Path SCREENSHOTS = Path.of("target", "browser");

    private static void assumeBrowserInstalled() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present) {
            String reason = "SKIPPED LoginBrowserTest: headless Chromium is not installed (" + CHROMIUM + " and "
                    + CHROMEDRIVER + " are needed). Install them with 'apt-get install chromium chromium-driver'; "
                    + ".ci/run does this.";
            System.err.println("*".repeat(100) + "\n" + reason + "\n" + "*".repeat(100));
            Assumptions.assumeTrue(false, reason);
        }
    }

    private static WebDriver startBrowser(ChromeDriverService service, Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1100,800", "--user-data-dir=" + profile.toAbsolutePath());
        return new ChromeDriver(service, options);
    }

    private static Path screenshot(WebDriver browser, String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Path shot = ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE).toPath();
        Path target = SCREENSHOTS.resolve(name);
        Files.copy(shot, target, StandardCopyOption.REPLACE_EXISTING);
        Files.deleteIfExists(shot);
        return target;
    }

    private static void awaitElement(WebDriver browser, By locator) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (browser.findElements(locator).isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no " + locator + " on " + browser.getCurrentUrl() + ":\n" + browser.getPageSource());
            }
            Thread.sleep(50);
        }
    }

    @Test
    void logsInThroughTheFormAndLandsOnTheWelcomePageNamingTheUserAfterAFailedTry() throws Exception {
        assumeBrowserInstalled();
        Path profile = Files.createTempDirectory("kiln-chromium-profile");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withTimeout(Duration.ofSeconds(30))
                .build();
        try (TestSite site = TestSite.start(1024)) {
            WebDriver browser = startBrowser(service, profile);
            try {
                String base = "http://127.0.0.1:" + site.port();
                browser.get(base + "/login");
                assertEquals("Log in · Kiln", browser.getTitle());
                browser.findElement(By.id("username")).sendKeys("admin");
                browser.findElement(By.id("password")).sendKeys("wrong");
                browser.findElement(By.id("submit")).click();
                awaitElement(browser, By.cssSelector("p.error"));
                assertEquals("wrong username or password", browser.findElement(By.cssSelector("p.error")).getText());
                assertEquals("admin", browser.findElement(By.id("username")).getAttribute("value"),
                        "the form keeps the name after a failed login");

                browser.findElement(By.id("username")).clear();
                browser.findElement(By.id("username")).sendKeys("admin");
                browser.findElement(By.id("password")).sendKeys("secret");
                screenshot(browser, "login-form.png");
                browser.findElement(By.id("submit")).click();

                awaitElement(browser, By.id("greeting"));
                assertEquals("Welcome, admin!", browser.findElement(By.id("greeting")).getText());
                assertEquals("Welcome · Kiln", browser.getTitle());

                Path welcome = screenshot(browser, "login-welcome.png");
                assertTrue(Files.size(welcome) > 1000, "screenshot saved to " + welcome.toAbsolutePath());

                org.openqa.selenium.Cookie session = browser.manage().getCookieNamed("kiln_session");
                assertNotNull(session, "the browser holds the session cookie");
                assertTrue(session.isHttpOnly());
                assertEquals("Lax", session.getSameSite());

                browser.get(base + "/welcome");
                assertEquals("Welcome, admin!", browser.findElement(By.id("greeting")).getText(),
                        "the session cookie names the user on a later visit");
            } finally {
                browser.quit();
            }
        } finally {
            service.stop();
            try (Stream<Path> tree = Files.walk(profile)) {
                tree.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException ignored) {
                // best effort: the profile is in the temp folder
            }
        }
    }
}
