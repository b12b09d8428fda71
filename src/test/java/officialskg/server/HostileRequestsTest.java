package officialskg.server;

import officialskg.article.InputFormat;
import officialskg.pipeline.IngestListener;
import officialskg.pipeline.KgPipeline;
import officialskg.pipeline.PipelineSettings;
import officialskg.server.ServerSettings.QueryLimits;
import officialskg.server.boot.KgServer;
import officialskg.store.KgStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The findings of the outside security test, each re-run against real servers on loopback: the admin API reached
 * through an encoded {@code $}, reflected CORS with credentials, cross-site writes, anonymous queries that exhaust
 * memory or end as a truncated 200, search syntax answered with 500, missing security headers, Tomcat's HTML
 * errors and {@code /error} with status 999. Two servers: the shared fixture (admin password set, default limits)
 * and one of this class's own without a password and with small anonymous limits.
 */
class HostileRequestsTest {

    private static final String EVIL = "http://evil.example";
    private static final String FRIEND = "http://analyst.example:9000";

    private static String app;
    private static String fuseki;
    private static Path tinyDir;
    private static KgServer tiny;
    private static String tinyFuseki;

    @BeforeAll
    static void start() throws IOException {
        KgServer shared = ServedStore.server();
        app = shared.appUrl();
        fuseki = shared.fusekiUrl();
        tinyDir = Files.createTempDirectory("kg-hostile");
        Path input = Files.exists(ServedStore.SEED) ? ServedStore.SEED
                : Files.writeString(tinyDir.resolve("composed.txt"), ServedStore.COMPOSED);
        KgPipeline pipeline = new KgPipeline(PipelineSettings.defaults("test").withThreads(1));
        try (KgStore store = pipeline.openStore(tinyDir.resolve("store"))) {
            pipeline.ingest().run(List.of(input), InputFormat.AUTO, store, IngestListener.SILENT);
        }
        ServerSettings settings = ServerSettings.defaults(tinyDir.resolve("store")).withPorts(0, 0)
                .withQueryTimeout(Duration.ofSeconds(3)).withAdminPassword(Optional.empty())
                .withCorsOrigins(List.of(FRIEND)).withAnonymousLimits(new QueryLimits(5, 64 * 1024, 1));
        tiny = KgServer.start(settings, pipeline);
        tinyFuseki = tiny.fusekiUrl();
    }

    @AfterAll
    static void stop() {
        if (tiny != null) {
            tiny.close();
        }
    }

    // Finding 1: the admin API behind an encoded "$".

    @Test
    void theAdminApiCannotBeReachedThroughAnEncodedDollarWithoutAPassword() {
        for (String path : List.of("%24/datasets?dbName=x&dbType=tdb2", "%24/backup/kg", "%24/compact/kg",
                "$/datasets?dbName=y&dbType=mem", "kg/%2e/update", "%24/datasets/kg?state=offline")) {
            var created = post(tinyFuseki + path, "application/x-www-form-urlencoded", "", null, null);
            // 400: the container itself refuses an ambiguous encoding (an encoded dot segment) before any routing.
            assertTrue(created.statusCode() == 403 || created.statusCode() == 400, path + ": " + created.statusCode()
                    + " " + created.body());
        }
        var deleted = ServedStore.send(HttpRequest.newBuilder(URI.create(tinyFuseki + "%24/datasets/kg"))
                .DELETE().build());
        assertEquals(403, deleted.statusCode());
        var insert = post(tinyFuseki + "kg/update", "application/sparql-update",
                "INSERT DATA { <urn:x> <urn:y> <urn:z> }", null, null);
        assertEquals(403, insert.statusCode());
        assertEquals(200, query(tinyFuseki, "ASK { ?s ?p ?o }", null).statusCode(), "the dataset is still served");
        assertEquals(200, query(tinyFuseki, "ASK { <urn:x> ?p ?o }", null).statusCode());
        assertTrue(query(tinyFuseki, "ASK { <urn:x> ?p ?o }", null).body().contains("false"));
    }

    @Test
    void withAPasswordTheAdminApiAndItsReadsNeedIt() {
        for (String path : List.of("%24/datasets?dbName=x&dbType=tdb2", "%24/backup/kg", "%24/compact/kg",
                "%24%2Fdatasets")) {
            var response = post(fuseki + path, "application/x-www-form-urlencoded", "", null, null);
            assertTrue(response.statusCode() == 401 || response.statusCode() == 400, path + ": "
                    + response.statusCode());
        }
        for (String path : List.of("$/stats", "%24/stats", "$/backups-list", "$/datasets", "$/metrics")) {
            var read = ServedStore.get(fuseki + path, "application/json");
            assertEquals(403, read.statusCode(), path);
            assertTrue(read.headers().firstValue("WWW-Authenticate").isEmpty(), "no login prompt for a read");
        }
        var asAdmin = ServedStore.send(HttpRequest.newBuilder(URI.create(fuseki + "$/stats"))
                .header("Authorization", basic()).GET().build());
        assertEquals(200, asAdmin.statusCode());
        var server = ServedStore.get(fuseki + "$/server", "application/json");
        assertEquals(200, server.statusCode());
        assertFalse(server.body().contains("version"), server.body());
    }

    // Finding 2: CORS and cross-site writes.

    @Test
    void noOriginIsReflectedAndCredentialsAreNeverShared() {
        var evil = query(fuseki, "ASK { ?s ?p ?o }", EVIL);
        assertEquals(200, evil.statusCode());
        assertTrue(evil.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), evil.headers().toString());
        assertTrue(evil.headers().firstValue("Access-Control-Allow-Credentials").isEmpty());
        var friend = query(tinyFuseki, "ASK { ?s ?p ?o }", FRIEND);
        assertEquals(FRIEND, friend.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertTrue(friend.headers().firstValue("Access-Control-Allow-Credentials").isEmpty());
        var page = ServedStore.send(HttpRequest.newBuilder(URI.create(app + "api/health")).header("Origin", EVIL)
                .GET().build());
        assertTrue(page.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
    }

    @Test
    void crossSiteWritesAreRefusedEvenWithTheCredentials() {
        String text = "김민준 부산시장, 해운대 국제회의 참석\n\n김민준 부산시장이 10일 해운대에서 열린 국제회의에 참석했다.\n";
        var fromEvil = post(app + "api/articles", "text/plain", text, EVIL, basic());
        assertEquals(403, fromEvil.statusCode(), fromEvil.body());
        assertTrue(fromEvil.body().contains("cross-origin"), fromEvil.body());
        var fetchSite = ServedStore.send(HttpRequest.newBuilder(URI.create(app + "api/articles"))
                .header("Content-Type", "text/plain").header("Sec-Fetch-Site", "cross-site")
                .header("Authorization", basic()).POST(HttpRequest.BodyPublishers.ofString(text)).build());
        assertEquals(403, fetchSite.statusCode());
        var update = post(fuseki + "kg/update", "application/sparql-update",
                "INSERT DATA { <urn:evil> <urn:y> <urn:z> }", EVIL, basic());
        assertEquals(403, update.statusCode());
        assertTrue(query(fuseki, "ASK { <urn:evil> ?p ?o }", null).body().contains("false"));
        String ownOrigin = app.substring(0, app.length() - 1);
        var sameOrigin = post(app + "api/articles", "text/plain", text, ownOrigin, basic());
        assertEquals(201, sameOrigin.statusCode(), sameOrigin.body());
    }

    // Finding 3: bounded anonymous queries.

    @Test
    void anonymousResultsAreCappedAndSaySo() {
        var capped = query(tinyFuseki, "SELECT * { ?s ?p ?o }", null);
        assertEquals(200, capped.statusCode());
        assertEquals("5", capped.headers().firstValue("KG-Row-Limit").orElse(""));
        assertEquals(5, capped.body().split("\"s\"", -1).length - 2, capped.body());
        var small = query(tinyFuseki, "SELECT * { ?s ?p ?o } LIMIT 3", null);
        assertTrue(small.headers().firstValue("KG-Row-Limit").isEmpty());
    }

    @Test
    void aResultTooLargeForTheBufferIsAnErrorNotATruncated200() {
        var big = ServedStore.send(HttpRequest.newBuilder(URI.create(tinyFuseki + "kg/get"))
                .header("Accept", "application/n-quads").GET().build());
        assertEquals(422, big.statusCode(), big.body().length() + " characters");
        assertTrue(big.body().contains("larger than"), big.body());
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aQueryTimingOutWhileItsResultsStreamEndsAsAnErrorStatus() {
        String cartesian = "SELECT * { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
        var response = query(fuseki, cartesian, null);
        assertNotEquals(200, response.statusCode(), "a cut-short result must not look complete");
        assertTrue(response.statusCode() == 503 || response.statusCode() == 422, response.statusCode() + "");
        assertTrue(response.body().length() < 100_000, "no partial result is sent");
    }

    @Test
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    void heavyConcurrentQueriesLeaveTheServerResponsive() throws Exception {
        String heavy = "SELECT * { ?a ?b ?c . ?d ?e ?f } ORDER BY ?f ?c";
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<HttpResponse<String>>> attacks = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                attacks.add(pool.submit(() -> query(fuseki, heavy, null)));
            }
            long slowest = 0;
            int polls = 0;
            List<Long> times = new ArrayList<>();
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (attacks.stream().anyMatch(f -> !f.isDone()) && System.nanoTime() < end) {
                long start = System.nanoTime();
                var health = ServedStore.get(app + "api/health", "application/json");
                long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
                assertEquals(200, health.statusCode());
                slowest = Math.max(slowest, millis);
                times.add(millis);
                polls++;
                Thread.sleep(200);
            }
            assertTrue(polls > 0);
            // One slow answer is allowed for a stop-the-world collection on a machine shared with other work.
            long slow = times.stream().filter(t -> t >= 1000).count();
            assertTrue(slow <= 1 && slowest < 2000, "health answered in " + times + " ms");
            int busy = 0;
            for (Future<HttpResponse<String>> attack : attacks) {
                int status = attack.get(30, TimeUnit.SECONDS).statusCode();
                assertTrue(status == 200 || status == 503 || status == 422, "status " + status);
                busy += status == 503 ? 1 : 0;
            }
            assertTrue(busy > 0, "queries past the concurrency limit or the timeout get 503");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void queriesPastTheConcurrencyLimitGet503() throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<HttpResponse<String>> slow = pool.submit(() -> query(tinyFuseki,
                    "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }", null));
            Thread.sleep(500);
            var second = query(tinyFuseki, "ASK { ?s ?p ?o }", null);
            assertEquals(503, second.statusCode(), second.body());
            assertTrue(second.headers().firstValue("Retry-After").isPresent());
            assertEquals(503, slow.get(20, TimeUnit.SECONDS).statusCode(), "the slow one times out");
        } finally {
            pool.shutdownNow();
        }
    }

    // Finding 6: search syntax, headers, error shapes.

    @Test
    void searchSyntaxIsNeverAServerError() {
        for (String q : List.of("\\", "a\\", "AND", "OR", "a AND NOT", "서울시장 OR", "\"", "(", "*")) {
            for (String path : List.of("api/search?q=", "search?q=")) {
                var response = ServedStore.get(app + path + URLEncoder.encode(q, StandardCharsets.UTF_8), "*/*");
                assertTrue(response.statusCode() == 200 || response.statusCode() == 400,
                        path + q + " -> " + response.statusCode() + " " + response.body());
                if (response.statusCode() == 400) {
                    assertTrue(response.body().contains("\"error\""), response.body());
                }
            }
        }
        assertEquals(200, ServedStore.get(app + "api/search?q=" + URLEncoder.encode("서울시장 AND",
                StandardCharsets.UTF_8), "application/json").statusCode());
    }

    @Test
    void everyAnswerCarriesSecurityHeaders() {
        for (String url : List.of(app, app + "search?q=x", app + "api/health", app + "no/such/page", fuseki,
                fuseki + "kg/sparql?query=ASK%7B%7D", fuseki + "$/stats")) {
            var response = ServedStore.get(url, "*/*");
            assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""), url);
            assertEquals("DENY", response.headers().firstValue("X-Frame-Options").orElse(""), url);
            assertTrue(response.headers().firstValue("Content-Security-Policy").orElse("")
                    .contains("frame-ancestors 'none'"), url);
        }
    }

    @Test
    void errorsAreJsonWithTheirRealStatus() throws IOException {
        var direct = ServedStore.get(app + "error", "application/json");
        assertEquals(404, direct.statusCode());
        assertTrue(direct.body().contains("\"status\":404"), direct.body());
        var unknown = ServedStore.get(app + "api/no-such-thing", "application/json");
        assertEquals(404, unknown.statusCode());
        assertTrue(unknown.body().contains("\"status\":404"), unknown.body());
        String raw = rawGet(URI.create(app), "/%zz%");
        assertTrue(raw.startsWith("HTTP/1.1 400"), raw);
        assertTrue(raw.contains("\"status\":400"), raw);
        assertFalse(raw.toLowerCase().contains("<html"), raw);
    }

    private static String rawGet(URI server, String path) throws IOException {
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + server.getHost() + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static HttpResponse<String> query(String fusekiUrl, String sparql, String origin) {
        var builder = HttpRequest.newBuilder(URI.create(fusekiUrl + "kg/sparql?query="
                        + URLEncoder.encode(sparql, StandardCharsets.UTF_8)))
                .header("Accept", "application/sparql-results+json").timeout(Duration.ofSeconds(60));
        if (origin != null) {
            builder.header("Origin", origin);
        }
        return ServedStore.send(builder.GET().build());
    }

    private static HttpResponse<String> post(String url, String type, String body, String origin, String auth) {
        var builder = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", type);
        if (origin != null) {
            builder.header("Origin", origin);
        }
        if (auth != null) {
            builder.header("Authorization", auth);
        }
        return ServedStore.send(builder.POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private static String basic() {
        return "Basic " + Base64.getEncoder().encodeToString(("admin:" + ServedStore.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
    }
}
