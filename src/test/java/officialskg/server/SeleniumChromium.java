package officialskg.server;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Selenium on the system's Chromium and chromedriver: both paths are given explicitly, so Selenium Manager never
 * downloads; each browser gets a fresh profile. Tests are skipped with a clear message when either is missing.
 */
public final class SeleniumChromium {

    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private SeleniumChromium() {
    }

    public static void assumeInstalled() {
        HeadlessChromium.assumeInstalled();
        Assumptions.assumeTrue(Files.isExecutable(DRIVER), "browser tests skipped: /usr/bin/chromedriver is missing "
                + "(apt-get install -y chromium-driver)");
    }

    public static WebDriver start() throws IOException {
        Path profile = Files.createTempDirectory("kg-selenium");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(HeadlessChromium.BINARY.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-dev-shm-usage", "--window-size=1280,1600",
                "--user-data-dir=" + profile);
        return new ChromeDriver(service, options);
    }

    /** Saves what the browser shows as {@code target/screenshots/<name>.png}. */
    public static void screenshot(WebDriver browser, String name) {
        try {
            Files.createDirectories(HeadlessChromium.SCREENSHOTS);
            Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(),
                    HeadlessChromium.SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
