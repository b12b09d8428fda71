package officialskg.cli;

import officialskg.server.FusekiUiQueryTest;
import officialskg.server.SeleniumChromium;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebDriver;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code kg demo} and {@code kg serve} as a user starts them (child JVMs) on ports other than the defaults: the IRIs
 * the store mints open their pages on the running server, from the Fuseki UI (real Chromium) and as exported; and
 * Fuseki's request log stays off unless {@code --verbose}.
 */
class ServedIrisBrowserTest {

    /** A Fuseki action log line: {@code [3] POST http://…/kg/sparql}. */
    private static final Pattern REQUEST_LINE = Pattern.compile("(?m)\\[\\d+] (GET|POST) http");

    @TempDir
    Path dir;

    private final List<Process> processes = new ArrayList<>();
    private WebDriver browser;

    @AfterEach
    void stop() throws InterruptedException {
        if (browser != null) {
            browser.quit();
        }
        for (Process p : processes) {
            p.destroy();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
    }

    @Test
    void entityIrisOpenTheirPagesOnTheServedPorts() throws Exception {
        SeleniumChromium.assumeInstalled();
        Path store = dir.resolve("store");
        int app = freePort();
        int sparql = freePort();
        Path demoLog = dir.resolve("demo.log");
        Process demo = start(demoLog, "demo", "--no-shared", "--store", store.toString(), "--port", "" + app,
                "--fuseki-port", "" + sparql);
        String served = awaitServing(demo, demoLog);
        assertTrue(served.contains("resources:         http://localhost:" + app + "/kg/entity/…"), served);

        browser = SeleniumChromium.start();
        String name = FusekiUiQueryTest.openFirstEntityLink(browser, "http://127.0.0.1:" + sparql + "/");
        assertTrue(browser.getCurrentUrl().startsWith("http://localhost:" + app + "/kg/entity/person/"),
                "the IRI itself, minted under the served address: " + browser.getCurrentUrl());
        assertTrue(browser.getPageSource().contains(name));
        SeleniumChromium.screenshot(browser, "demo-entity-link");
        String log = Files.readString(demoLog, StandardCharsets.UTF_8);
        assertFalse(REQUEST_LINE.matcher(log).find(), "no request log without --verbose:\n" + log);
        demo.destroy();
        assertTrue(demo.waitFor(60, TimeUnit.SECONDS));

        KgRun export = KgRun.of("export", "--format", "nq", "--store", store.toString());
        assertEquals(0, export.exitCode(), export.toString());
        assertFalse(export.out().contains("localhost:8080"), "no IRI points at the default port");
        Matcher entity = Pattern.compile("<(http://localhost:" + app + "/kg/entity/person/[^>]+)>")
                .matcher(export.out());
        assertTrue(entity.find(), "exported entity IRIs are under the served address");

        // Served again without --port: on the port the store's IRIs name, so an exported IRI opens as it is.
        Path serveLog = dir.resolve("serve.log");
        Process serve = start(serveLog, "serve", "--store", store.toString(), "--fuseki-port", "" + freePort(),
                "--verbose");
        String again = awaitServing(serve, serveLog);
        assertTrue(again.contains("pages and search:  http://127.0.0.1:" + app + "/"), again);
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(iriAsUri(entity.group(1)))).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode(), entity.group(1));
        String fuseki = again.replaceAll("(?s).*Fuseki UI:\\s+(\\S+).*", "$1");
        HttpResponse<String> query = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(fuseki
                        + "kg/sparql?query=ASK%7B%7D")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, query.statusCode());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!REQUEST_LINE.matcher(Files.readString(serveLog, StandardCharsets.UTF_8)).find()
                && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertTrue(REQUEST_LINE.matcher(Files.readString(serveLog, StandardCharsets.UTF_8)).find(),
                "--verbose logs each request");
    }

    private Process start(Path log, String... args) throws IOException {
        Process p = KgProcess.start(log, List.of("-Xmx1g"), args);
        processes.add(p);
        return p;
    }

    /** The child's output once it says it serves (up to three minutes: the demo ingests first). */
    private static String awaitServing(Process p, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < deadline) {
            String out = Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
            if (out.contains("Press Ctrl-C to stop.")) {
                return out;
            }
            if (!p.isAlive()) {
                throw new AssertionError("kg ended with " + p.exitValue() + ":\n" + out);
            }
            Thread.sleep(200);
        }
        throw new AssertionError("kg did not start serving:\n" + Files.readString(log, StandardCharsets.UTF_8));
    }

    /** An IRI with Korean letters as the URI a client sends: non-ASCII bytes percent-encoded as UTF-8. */
    private static String iriAsUri(String iri) {
        StringBuilder out = new StringBuilder();
        for (byte b : iri.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            out.append(c < 0x80 ? String.valueOf((char) c) : String.format("%%%02X", c));
        }
        return out.toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
