package officialskg.cli;

import officialskg.article.InputFormat;
import officialskg.pipeline.IngestListener;
import officialskg.pipeline.KgPipeline;
import officialskg.pipeline.PipelineSettings;
import officialskg.server.ServerSettings;
import officialskg.server.boot.KgServer;
import officialskg.store.KgStore;
import officialskg.store.ServedMarker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code kg ingest} into a store while {@code kg serve} serves it: a real server (in this JVM) over a temporary
 * store on loopback ports, and {@code kg ingest} as a user runs it (a child JVM, with or without
 * {@code $KG_ADMIN_PASSWORD}). The articles go through the server, whose search and pages show them at once.
 */
class LiveIngestTest {

    static final String PASSWORD = "live-ingest-secret";

    /** Composed news prose about a person no other fixture names. */
    static final String NEW_ARTICLE = """
            한가람 행정안전부 장관, 세종청사에서 재난안전 점검회의 주재

            한가람 행정안전부 장관이 12일 정부세종청사에서 열린 재난안전 점검회의를 주재했다. 한 장관은 여름철 호우에 대비해 지방자치단체와 협력을 강화하겠다고 밝혔다.
            """;

    static final String FIRST_ARTICLE = """
            오세훈 서울시장, 대한상공회의소 신년인사회 참석

            오세훈 서울시장이 9일 서울 중구 대한상공회의소에서 열린 신년인사회에 참석했다. 오 시장은 최태원 대한상공회의소 회장과 만나 서울 기업 지원 방안을 논의했다.
            """;

    static final String ARTICLE_GRAPHS = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { } "
            + "FILTER(CONTAINS(STR(?g), '/graph/article/')) }";

    @TempDir
    Path dir;

    private KgServer server;
    private KgPipeline pipeline;
    private Path store;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    /** A store holding one article, served with the admin password on free loopback ports. */
    KgServer serve() throws IOException {
        store = dir.resolve("store");
        pipeline = new KgPipeline(PipelineSettings.defaults("test").withThreads(1));
        try (KgStore s = pipeline.openStore(store)) {
            pipeline.ingest().run(List.of(Files.writeString(dir.resolve("first.txt"), FIRST_ARTICLE)),
                    InputFormat.AUTO, s, IngestListener.SILENT);
        }
        server = KgServer.start(ServerSettings.defaults(store).withPorts(0, 0)
                .withAdminPassword(Optional.of(PASSWORD)), pipeline);
        return server;
    }

    @Test
    void ingestIntoAServedStoreGoesThroughTheServerAndIsFoundAtOnce() throws Exception {
        serve();
        assertTrue(Files.exists(store.resolve(ServedMarker.FILE)), "the server says where it answers");
        Path input = Files.writeString(dir.resolve("hangaram-2025.txt"), NEW_ARTICLE);
        KgChild ingest = ingest(PASSWORD, input.toString(), "--store", store.toString());
        assertEquals(0, ingest.exitCode, ingest.output);
        assertTrue(ingest.output.contains("ingest: store " + store + " is served by kg serve at " + server.appUrl()
                + "; sent 1 articles through it"), ingest.output);
        assertTrue(ingest.output.contains("articles read: 1, stored: 1, skipped: 0, triples written: "),
                ingest.output);

        String search = get(server.appUrl() + "api/search?q=" + encode("한가람"));
        assertTrue(search.contains("한가람"), search);
        String page = get(server.appUrl() + "kg/article/hangaram-2025");
        assertTrue(page.contains("재난안전 점검회의"), page);
        String graphs = get(server.fusekiUrl() + "kg/query?query=" + encode(
                "SELECT ?g WHERE { GRAPH ?g { } }"));
        assertTrue(graphs.contains("graph/article/hangaram-2025") && graphs.contains("graph/article/first"), graphs);

        // Sent again with bad inputs beside it: the article is replaced, not doubled; each bad input is named.
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        Path twin = Files.createDirectories(dir.resolve("twin")).resolve("hangaram-2025.txt");
        Files.writeString(twin, NEW_ARTICLE);
        KgChild again = ingest(PASSWORD, input.toString(), empty.toString(), twin.toString(), "--store",
                store.toString());
        assertEquals(1, again.exitCode, again.output);
        assertTrue(again.output.contains("skipped: " + empty + ": empty file"), again.output);
        assertTrue(again.output.contains("skipped: " + twin + ": duplicate article id hangaram-2025 (first read from "
                + input + ")"), again.output);
        assertTrue(again.output.contains("articles read: 2, stored: 1, skipped: 2"), again.output);
        String count = get(server.fusekiUrl() + "kg/query?query=" + encode(
                ARTICLE_GRAPHS));
        assertTrue(count.replaceAll("\\s", "").contains("\"value\":\"2\""), "two articles, not three: " + count);
    }

    @Test
    void withoutThePasswordIngestRefusesInOneLine() throws Exception {
        serve();
        Path input = Files.writeString(dir.resolve("hangaram-2025.txt"), NEW_ARTICLE);
        KgChild ingest = ingest(null, input.toString(), "--store", store.toString());
        assertEquals(1, ingest.exitCode, ingest.output);
        List<String> lines = ingest.output.lines().filter(l -> !l.isBlank()).toList();
        assertEquals(1, lines.size(), ingest.output);
        assertTrue(lines.getFirst().startsWith("kg: ingest: store " + store + " is served by kg serve at "
                + server.appUrl()) && lines.getFirst().contains("set $KG_ADMIN_PASSWORD"), lines.getFirst());

        KgChild wrong = ingest("not-the-password", input.toString(), "--store", store.toString());
        assertEquals(1, wrong.exitCode, wrong.output);
        assertTrue(wrong.output.contains("refused the password in $KG_ADMIN_PASSWORD (HTTP 401)"), wrong.output);
        String search = get(server.appUrl() + "api/search?q=" + encode("한가람"));
        assertFalse(search.contains("한가람 행정안전부"), search);

        // The batch endpoint keeps the server's rules: the admin only, and never from another site's page.
        HttpRequest.Builder batch = HttpRequest.newBuilder(URI.create(server.appUrl() + "api/articles/batch"))
                .header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofString("{\"id\":\"x\",\"text\":\"본문\"}\n"));
        HttpClient http = HttpClient.newHttpClient();
        assertEquals(401, http.send(batch.build(), HttpResponse.BodyHandlers.ofString()).statusCode());
        String basic = "Basic " + java.util.Base64.getEncoder().encodeToString(("admin:" + PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        assertEquals(403, http.send(batch.copy().header("Authorization", basic).header("Origin", "http://evil.example")
                .build(), HttpResponse.BodyHandlers.ofString()).statusCode());
    }

    @Test
    void aServerStoppedMidRunIsAClearErrorAndKeepsWhatItStored() throws Exception {
        WikinewsCorpus.assumePresent();
        serve();
        Path input = dir.resolve("news.jsonl");
        WikinewsCorpus.write(input, 80);
        Path log = dir.resolve("ingest.log");
        Process child = KgProcess.start(log, env(PASSWORD), List.of("-Xmx512m"), "ingest", input.toString(),
                "--store", store.toString());
        // Stop the server once the first batch is stored.
        String countQuery = server.fusekiUrl() + "kg/query?query=" + encode(
                ARTICLE_GRAPHS);
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (articleCount(get(countQuery)) < 2 && System.nanoTime() < deadline && child.isAlive()) {
            Thread.sleep(100);
        }
        server.close();
        server = null;
        assertTrue(child.waitFor(5, TimeUnit.MINUTES));
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(1, child.exitValue(), output);
        assertTrue(output.contains("stopped answering"), output);
        Matcher summary = Pattern.compile("articles read: (\\d+), stored: (\\d+), skipped: 0").matcher(output);
        assertTrue(summary.find(), output);
        long stored = Long.parseLong(summary.group(2));
        assertTrue(stored >= 1 && stored < 80, output);
        try (KgStore s = pipeline.openStore(store)) {
            assertEquals(stored + 1, s.articleCount(), "every article the run reported stored is there, and the "
                    + "first one\n" + output);
        }
        assertFalse(Files.exists(store.resolve(ServedMarker.FILE)), "a stopped server leaves no marker");
        KgChild direct = ingest(null, dir.resolve("first.txt").toString(), "--store", store.toString());
        assertEquals(0, direct.exitCode, "with the server gone, ingest opens the store itself\n" + direct.output);
        assertTrue(direct.output.contains("(store: " + store + ")"), direct.output);
    }

    private static long articleCount(String json) {
        Matcher m = Pattern.compile("\"value\"\\s*:\\s*\"(\\d+)\"").matcher(json);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    record KgChild(int exitCode, String output) {
    }

    KgChild ingest(String password, String... args) throws Exception {
        Path log = Files.createTempFile(dir, "ingest", ".log");
        String[] command = new String[args.length + 1];
        command[0] = "ingest";
        System.arraycopy(args, 0, command, 1, args.length);
        Process p = KgProcess.start(log, env(password), List.of("-Xmx512m"), command);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "kg ingest finished");
        return new KgChild(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    static Map<String, String> env(String password) {
        Map<String, String> env = new HashMap<>();
        env.put("KG_ADMIN_PASSWORD", password);
        env.put("CI", "1");
        return env;
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static String get(String url) throws IOException, InterruptedException {
        HttpResponse<String> r = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()
                .send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "application/json, text/html")
                        .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), url + "\n" + r.body());
        return r.body();
    }
}
