package officialskg.server;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs a query in the Fuseki UI the way a user does (open the query page, press the run button) with Selenium on
 * the system's Chromium and chromedriver: both paths are given explicitly, so Selenium Manager never downloads.
 */
class FusekiUiQueryTest {

    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    static WebDriver browser;
    static Path profile;

    @BeforeAll
    static void start() throws Exception {
        HeadlessChromium.assumeInstalled();
        Assumptions.assumeTrue(Files.isExecutable(DRIVER), "browser tests skipped: /usr/bin/chromedriver is missing "
                + "(apt-get install -y chromium-driver)");
        ServedStore.server();
        profile = Files.createTempDirectory("kg-selenium");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(HeadlessChromium.BINARY.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-dev-shm-usage", "--window-size=1280,1000",
                "--user-data-dir=" + profile);
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aQueryInTheUiReturnsTheMayor() throws Exception {
        String query = """
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                SELECT ?person ?name WHERE { ?person a <https://schema.org/Person> ; skos:prefLabel ?name .
                  FILTER(?name = "오세훈") }""";
        browser.get(ServedStore.server().fusekiUrl() + "#/dataset/kg/query?query="
                + URLEncoder.encode(query, StandardCharsets.UTF_8).replace("+", "%20"));
        var wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".yasqe_queryButton"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".yasr"), "오세훈"));
        File shot = ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE);
        Files.createDirectories(HeadlessChromium.SCREENSHOTS);
        Files.copy(shot.toPath(), HeadlessChromium.SCREENSHOTS.resolve("fuseki-query-result.png"),
                StandardCopyOption.REPLACE_EXISTING);
        assertTrue(browser.findElement(By.cssSelector(".yasr")).getText().contains("entity/person/오세훈"));
        assertFalse(browser.getPageSource().contains("Request failed with status code"),
                "the UI's background requests (dataset listing, statistics) are answered for anonymous users too");
    }
}
