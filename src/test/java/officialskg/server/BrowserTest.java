package officialskg.server;

import officialskg.server.boot.KgServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Real headless Chromium against the served fixture: the Fuseki UI, an entity page's network, the search page. */
class BrowserTest {

    static KgServer server;

    @BeforeAll
    static void start() {
        HeadlessChromium.assumeInstalled();
        server = ServedStore.server();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Test
    void fusekiUiListsTheKgDataset() {
        String dom = HeadlessChromium.dumpDom(server.fusekiUrl() + "#/", 10000);
        assertTrue(dom.contains("/kg"), "the Fuseki UI's dataset list shows /kg:\n" + dom);
        HeadlessChromium.screenshot(server.fusekiUrl() + "#/", "fuseki-datasets", 10000);
    }

    @Test
    void fusekiUiQueryPageRuns() {
        String url = server.fusekiUrl() + "#/dataset/kg/query";
        String dom = HeadlessChromium.dumpDom(url, 10000);
        assertTrue(dom.contains("SELECT"), "the query editor shows its example query:\n" + dom);
        HeadlessChromium.screenshot(url, "fuseki-query", 10000);
    }

    @Test
    void entityPageDrawsItsNetwork() throws Exception {
        String url = server.appUrl() + "kg/entity/person/" + enc("오세훈");
        String dom = HeadlessChromium.dumpDom(url, 5000);
        Matcher nodes = Pattern.compile("data-nodes=\"(\\d+)\"").matcher(dom);
        assertTrue(nodes.find(), "cytoscape ran and recorded its node count:\n" + dom);
        assertTrue(Integer.parseInt(nodes.group(1)) > 1, "the network has neighbours: " + nodes.group(0));
        assertTrue(dom.contains("<canvas"), "cytoscape draws on canvases");
        var shot = HeadlessChromium.screenshot(url, "entity-ohsehoon", 5000);
        assertTrue(Files.size(shot) > 10_000, "a blank page would compress to almost nothing");
    }

    @Test
    void searchPageFindsTheMayorFromHisTitle() {
        String url = server.appUrl() + "search?q=" + enc("서울시장");
        String dom = HeadlessChromium.dumpDom(url, 2000);
        assertTrue(dom.contains("오세훈"), dom);
        HeadlessChromium.screenshot(url, "search-seoul-mayor", 2000);
    }
}
