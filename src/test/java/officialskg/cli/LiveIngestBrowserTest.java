package officialskg.cli;

import officialskg.article.InputFormat;
import officialskg.pipeline.IngestListener;
import officialskg.pipeline.KgPipeline;
import officialskg.pipeline.PipelineSettings;
import officialskg.server.SeleniumChromium;
import officialskg.server.ServerSettings;
import officialskg.server.boot.KgServer;
import officialskg.store.KgStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A newsroom's day in real Chromium: while {@code kg serve} serves the store, {@code kg ingest} (a child JVM, with
 * the admin password) adds an article, and the article's page and the search page show it without a restart.
 */
class LiveIngestBrowserTest {

    @TempDir
    Path dir;

    private KgServer server;
    private WebDriver browser;

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void anArticleIngestedWhileServedOpensInTheBrowser() throws Exception {
        SeleniumChromium.assumeInstalled();
        Path store = dir.resolve("store");
        KgPipeline pipeline = new KgPipeline(PipelineSettings.defaults("test").withThreads(1));
        try (KgStore s = pipeline.openStore(store)) {
            pipeline.ingest().run(List.of(Files.writeString(dir.resolve("first.txt"), LiveIngestTest.FIRST_ARTICLE)),
                    InputFormat.AUTO, s, IngestListener.SILENT);
        }
        server = KgServer.start(ServerSettings.defaults(store).withPorts(0, 0)
                .withAdminPassword(Optional.of(LiveIngestTest.PASSWORD)), pipeline);

        Path input = Files.writeString(dir.resolve("hangaram-2025.txt"), LiveIngestTest.NEW_ARTICLE);
        Path log = dir.resolve("ingest.log");
        Process ingest = KgProcess.start(log, LiveIngestTest.env(LiveIngestTest.PASSWORD), List.of("-Xmx512m"),
                "ingest", input.toString(), "--store", store.toString());
        assertTrue(ingest.waitFor(5, TimeUnit.MINUTES));
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(0, ingest.exitValue(), output);
        assertTrue(output.contains("is served by kg serve at " + server.appUrl() + "; sent 1 articles through it"),
                output);

        browser = SeleniumChromium.start();
        browser.get(server.appUrl() + "kg/article/hangaram-2025");
        assertTrue(browser.getPageSource().contains("재난안전 점검회의"), browser.getPageSource());
        SeleniumChromium.screenshot(browser, "live-ingest-article");

        browser.get(server.appUrl() + "search?q=" + LiveIngestTest.encode("한가람"));
        var hits = browser.findElements(By.cssSelector("ol.hits li a"));
        assertTrue(hits.stream().anyMatch(a -> a.getText().contains("한가람")), browser.getPageSource());
        SeleniumChromium.screenshot(browser, "live-ingest-search");
        hits.stream().filter(a -> a.getText().contains("한가람")).findFirst().orElseThrow().click();
        assertTrue(browser.getCurrentUrl().contains("/kg/entity/person/"), browser.getCurrentUrl());
        assertTrue(browser.getPageSource().contains("행정안전부"), browser.getPageSource());
    }
}
