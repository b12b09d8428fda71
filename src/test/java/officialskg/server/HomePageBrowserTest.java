package officialskg.server;

import officialskg.article.InputFormat;
import officialskg.pipeline.IngestListener;
import officialskg.pipeline.KgPipeline;
import officialskg.pipeline.PipelineSettings;
import officialskg.server.boot.KgServer;
import officialskg.store.KgStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Chromium (Selenium) against a real server over a store of the sample articles (Korean news in which 오세훈 is
 * 서울시장, and other mayors, ministers and chairs): the home page's sections and links, the ranking of a search for
 * a post, the entity network's filter and layout, and the home page after an article is posted through the API.
 * Its own store and server: the posted article must not reach the shared fixture of the other tests.
 */
class HomePageBrowserTest {

    private static final String PASSWORD = "home-page-test-secret";

    static KgServer server;
    static WebDriver browser;
    static String app;

    @BeforeAll
    static void start() throws Exception {
        SeleniumChromium.assumeInstalled();
        Path dir = Files.createTempDirectory("kg-home");
        KgPipeline pipeline = new KgPipeline(PipelineSettings.defaults("test").withThreads(1));
        try (KgStore store = pipeline.openStore(dir.resolve("store"))) {
            pipeline.ingest().run(List.of(Path.of("samples"),
                            Path.of("src/test/resources/officialskg/pipeline/analyst-articles.jsonl")),
                    InputFormat.AUTO, store, IngestListener.SILENT);
        }
        server = KgServer.start(ServerSettings.defaults(dir.resolve("store")).withPorts(0, 0)
                .withAdminPassword(Optional.of(PASSWORD)), pipeline);
        app = server.appUrl();
        browser = SeleniumChromium.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    private static long count(String what) {
        String text = browser.findElement(By.cssSelector("#counts [data-count='" + what + "'] b")).getText();
        return Long.parseLong(text.replace(",", ""));
    }

    @Test
    void homePageShowsWhatIsStoredWithLinksToIt() {
        browser.get(app);
        SeleniumChromium.screenshot(browser, "home");
        assertTrue(count("articles") >= 10, "the samples and the analyst articles are counted");
        for (String what : List.of("people", "organizations", "events", "places", "facts")) {
            assertTrue(count(what) > 0, what + " are counted");
        }
        List<String> people = browser.findElements(By.cssSelector("#top-people li a")).stream()
                .map(WebElement::getText).toList();
        assertTrue(people.contains("오세훈"), "오세훈 is among the most mentioned people: " + people);
        assertFalse(browser.findElements(By.cssSelector("#top-organizations li a")).isEmpty());
        assertFalse(browser.findElements(By.cssSelector("#top-events li a")).isEmpty());
        assertFalse(browser.findElements(By.cssSelector("#posts-by-organization td a")).isEmpty());

        // Recent articles: newest first, each a link to its page.
        List<WebElement> recent = browser.findElements(By.cssSelector("#recent-articles li"));
        assertTrue(recent.size() >= 5, "recent articles are listed");
        List<String> days = recent.stream().map(li -> li.findElement(By.tagName("time")).getText()).toList();
        assertEquals(days.stream().sorted(java.util.Comparator.reverseOrder()).toList(), days, "newest first");
        String headline = recent.getFirst().findElement(By.tagName("a")).getText();
        recent.getFirst().findElement(By.tagName("a")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
        assertEquals(headline, browser.findElement(By.tagName("h1")).getText(), "the link opens the article");

        browser.get(app);
        browser.findElement(By.linkText("오세훈")).click();
        waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "오세훈"));
        assertTrue(browser.getCurrentUrl().contains("/kg/entity/person/"), browser.getCurrentUrl());
    }

    @Test
    void searchForAPostRanksItsHolderFirst() {
        browser.get(app + "search?q=" + enc("서울시장"));
        SeleniumChromium.screenshot(browser, "search-seoul-mayor-ranked");
        List<WebElement> hits = browser.findElements(By.cssSelector("ol.hits > li"));
        assertTrue(hits.size() > 2, "the post's holder and looser text hits");
        assertEquals("holder", hits.getFirst().getAttribute("data-match"));
        assertEquals("오세훈", hits.getFirst().findElement(By.tagName("a")).getText());
        assertTrue(hits.getFirst().getText().contains("서울특별시 시장"), hits.getFirst().getText());
        assertTrue(hits.stream().anyMatch(h -> "text".equals(h.getAttribute("data-match"))),
                "the full-text hits follow");

        browser.get(app + "search?q=" + enc("오세훈"));
        WebElement first = browser.findElements(By.cssSelector("ol.hits > li")).getFirst();
        assertEquals("label", first.getAttribute("data-match"), "an exact name comes first");
        assertEquals("오세훈", first.findElement(By.tagName("a")).getText());
    }

    @Test
    void networkHasARelationFilterAndTheSameLayoutOnEveryLoad() {
        String url = app + "kg/entity/person/" + enc("오세훈");
        String first = positions(url);
        String second = positions(url);
        assertEquals(first, second, "the same graph is drawn at the same positions");
        assertTrue(first.split("\\],\\[").length > 2, "the network has neighbours: " + first);

        List<WebElement> boxes = browser.findElements(By.cssSelector("#network-filter input[type=checkbox]"));
        List<String> types = boxes.stream().map(b -> b.getAttribute("value")).toList();
        assertTrue(types.contains("holdsPosition") && types.contains("co-mentioned"), types.toString());
        WebElement network = browser.findElement(By.id("network"));
        int all = Integer.parseInt(network.getAttribute("data-visible-edges"));
        boxes.get(types.indexOf("co-mentioned")).click();
        int facts = Integer.parseInt(network.getAttribute("data-visible-edges"));
        assertTrue(facts > 0 && facts < all, "unchecking co-mentions hides their edges: " + all + " → " + facts);
        SeleniumChromium.screenshot(browser, "entity-network-filtered");
        assertEquals(first, positionsNow(), "filtering moves nothing");
    }

    private static String positions(String url) {
        browser.get(url);
        waiting().until(ExpectedConditions.attributeToBeNotEmpty(browser.findElement(By.id("network")), "data-nodes"));
        return positionsNow();
    }

    private static String positionsNow() {
        return (String) ((JavascriptExecutor) browser).executeScript("return JSON.stringify(window.kgNetwork.nodes()"
                + ".map(function (n) { return [n.id(), Math.round(n.position('x')), Math.round(n.position('y'))]; }))");
    }

    @Test
    void homePageShowsAnArticlePostedThroughTheApi() {
        browser.get(app);
        long before = count("articles");
        String json = """
                {"id": "home-page-posted", "published": "2031-05-02", "title": "홍길동 광주시장, 광주 미래 포럼 참석",
                 "text": "홍길동 광주시장이 2일 광주 김대중컨벤션센터에서 열린 광주 미래 포럼에 참석했다."}""";
        var created = ServedStore.send(HttpRequest.newBuilder(URI.create(app + "api/articles"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD)
                        .getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build());
        assertEquals(201, created.statusCode(), created.body());

        browser.get(app);
        assertEquals(before + 1, count("articles"), "the count follows the ingest at once");
        WebElement newest = browser.findElements(By.cssSelector("#recent-articles li")).getFirst();
        assertTrue(newest.getText().contains("홍길동 광주시장, 광주 미래 포럼 참석"), newest.getText());
        assertNotEquals(0, browser.findElements(By.linkText("홍길동 광주시장, 광주 미래 포럼 참석")).size());
    }
}
