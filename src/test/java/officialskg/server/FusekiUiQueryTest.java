package officialskg.server;

import officialskg.server.boot.KgServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs a query in the Fuseki UI the way a user does (open the query page, press the run button) with Selenium on
 * the system's Chromium and chromedriver: both paths are given explicitly, so Selenium Manager never downloads.
 */
public class FusekiUiQueryTest {

    static WebDriver browser;

    @BeforeAll
    static void start() throws Exception {
        SeleniumChromium.assumeInstalled();
        ServedStore.server();
        browser = SeleniumChromium.start();
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
        load(browser, ServedStore.server().fusekiUrl() + "#/dataset/kg/query?query="
                + URLEncoder.encode(query, StandardCharsets.UTF_8).replace("+", "%20"));
        var wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        // The UI puts the query from its address into the editor a moment after the page is up.
        wait.until(b -> editorText(b).contains("오세훈"));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".yasqe_queryButton"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".yasr"), "오세훈"));
        SeleniumChromium.screenshot(browser, "fuseki-query-result");
        assertTrue(browser.findElement(By.cssSelector(".yasr")).getText().contains("entity/person/오세훈"));
        assertFalse(browser.getPageSource().contains("Request failed with status code"),
                "the UI's background requests (dataset listing, statistics) are answered for anonymous users too");
    }

    /**
     * The fixture store was minted under the default base (port 8080) and is served on another port: its entity
     * links in the UI's results still open the entity's page on this server.
     */
    @Test
    void anEntityLinkInTheResultsOpensItsPageOnThisServer() {
        KgServer server = ServedStore.server();
        String name = openFirstEntityLink(browser, server.fusekiUrl());
        assertTrue(browser.getCurrentUrl().startsWith("http://127.0.0.1:" + server.port() + "/kg/entity/person/"),
                browser.getCurrentUrl());
        assertTrue(browser.getPageSource().contains(name), "the page of " + name);
        SeleniumChromium.screenshot(browser, "fuseki-link-entity-page");
    }

    /**
     * Runs a query for a person in the UI at {@code fusekiUrl}, clicks the IRI in the first result row and waits
     * for the page it opens (in a new tab, as the UI opens links), leaving the browser there; gives the person's
     * name.
     */
    public static String openFirstEntityLink(WebDriver browser, String fusekiUrl) {
        String query = """
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                SELECT ?person ?name WHERE { ?person a <https://schema.org/Person> ; skos:prefLabel ?name }
                ORDER BY ?name LIMIT 1""";
        load(browser, fusekiUrl + "#/dataset/kg/query?query="
                + URLEncoder.encode(query, StandardCharsets.UTF_8).replace("+", "%20"));
        var wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        wait.until(b -> editorText(b).contains("ORDER BY ?name LIMIT 1"));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".yasqe_queryButton"))).click();
        var link = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector(".yasr a[href*='/kg/entity/person/']")));
        String name = browser.findElements(By.cssSelector(".yasr tbody tr td")).stream().map(e -> e.getText())
                .filter(t -> !t.isBlank() && !t.contains("/") && !t.matches("\\d+")).findFirst().orElseThrow()
                .replaceAll("^\"|\"(@\\w+)?$", "");
        String before = browser.getWindowHandle();
        int windows = browser.getWindowHandles().size();
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "arguments[0].scrollIntoView({block: 'center'});", link);
        link.click();
        wait.until(b -> b.getWindowHandles().size() > windows);
        browser.switchTo().window(browser.getWindowHandles().stream().filter(h -> !h.equals(before)).reduce(
                (a, b) -> b).orElseThrow());
        wait.until(b -> b.getPageSource().contains(name));
        return name;
    }

    /** The UI offers the project's prefixes and its analyst queries (queries/*.rq) as example queries. */
    @Test
    void theQueryEditorOffersTheProjectsPrefixesAndQueries() {
        load(browser, ServedStore.server().fusekiUrl() + "#/dataset/kg/query");
        var wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".yasqe_queryButton")));
        var kg = wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//label[text()='Prefixes']/following-sibling::div/span[normalize-space()='kg']")));
        var example = browser.findElement(By.xpath("//label[text()='Example Queries']/following-sibling::div"
                + "/span[normalize-space()='How many articles the store holds (one number)']"));
        assertTrue(example.getAttribute("title").contains("kg query article-count"), example.getAttribute("title"));
        example.click();
        wait.until(b -> editorText(b).contains("SELECT (COUNT(DISTINCT ?article) AS ?articles)"));
        kg.click();
        wait.until(b -> editorText(b).contains("PREFIX kg: <https://officials-kg.org/ontology#>"));
        browser.findElement(By.cssSelector(".yasqe_queryButton")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".yasr"), "articles"));
        assertTrue(browser.findElement(By.cssSelector(".yasr")).getText().contains("1"),
                browser.findElement(By.cssSelector(".yasr")).getText());
        SeleniumChromium.screenshot(browser, "fuseki-project-examples");
    }

    /**
     * Opens {@code url} with a fresh page load: going from one UI address to another that differs only after the
     * {@code #} would leave the page as it is, and the UI reads its {@code ?query=} only when it starts.
     */
    static void load(WebDriver browser, String url) {
        browser.get("about:blank");
        browser.get(url);
    }

    /** What the query editor (YASQE, a CodeMirror 5 editor) holds; empty until the editor is up. */
    static String editorText(WebDriver browser) {
        Object text = ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "var e = document.querySelector('.CodeMirror'); return e && e.CodeMirror ? e.CodeMirror.getValue() : '';");
        return text == null ? "" : text.toString();
    }
}
