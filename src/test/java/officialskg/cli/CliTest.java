package officialskg.cli;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The commands end to end, in-process, on a real TDB2 store in a temporary directory. */
class CliTest {

    @TempDir
    Path dir;

    @Test
    void everyCommandHasHelp() {
        for (String command : List.of("demo", "ingest", "serve", "extract", "query", "export", "validate",
                "stats", "compact", "eval", "train")) {
            KgRun run = KgRun.of(command, "--help");
            assertEquals(0, run.exitCode(), run.toString());
            assertTrue(run.out().contains("Usage: kg " + command), run.toString());
        }
    }

    /**
     * The main job without its server: the bundled samples bulk-loaded into a new store, minted under the address
     * it would serve ({@code --port}), then re-ingested into the existing store, which keeps that base.
     */
    @Test
    void demoBuildsANewStoreWithTheBulkLoaderAndReingestsIntoAnExistingOne() {
        String store = dir.resolve("demo/tdb2").toString();
        KgRun first = KgRun.of("demo", "--no-serve", "--no-shared", "--store", store, "--port", "18555");
        assertEquals(0, first.exitCode(), first.toString());
        assertTrue(first.out().contains("skipped: 0"), first.toString());
        assertTrue(first.out().contains("(bulk-loaded into a new store)"), first.toString());
        assertTrue(first.out().contains("== kg query article-count"), first.toString());
        assertTrue(first.out().contains("<http://localhost:18555/kg/graph/article/"), first.toString());
        assertFalse(first.out().contains("localhost:8080"), first.toString());
        KgRun again = KgRun.of("demo", "--no-serve", "--no-shared", "--store", store);
        assertEquals(0, again.exitCode(), again.toString());
        assertFalse(again.out().contains("bulk-loaded"), again.toString());
        assertTrue(again.out().contains("<http://localhost:18555/kg/graph/article/"), again.toString());
        assertFalse(again.out().contains("localhost:8080"), again.toString());
        assertEquals(summary(first).replace(" (bulk-loaded into a new store)", ""), summary(again), "same counts");
    }

    private static String summary(KgRun run) {
        return run.out().lines().filter(l -> l.startsWith("articles read")).findFirst().orElseThrow();
    }

    /** The base is the store's: later runs mint under it without being told, and another base is refused. */
    @Test
    void aStoreKeepsTheBaseItsArticlesWereMintedUnder() throws Exception {
        Path store = dir.resolve("store");
        Path a = Files.writeString(dir.resolve("a.jsonl"),
                "{\"id\": \"a1\", \"text\": \"박형준 부산시장이 2일 부산국제영화제 개막식에 참석했다.\"}\n");
        Path b = Files.writeString(dir.resolve("b.jsonl"),
                "{\"id\": \"b1\", \"text\": \"최태원 대한상공회의소 회장은 3일 기자간담회를 열었다.\"}\n");
        KgRun first = KgRun.of("ingest", a.toString(), "--store", store.toString(), "--base-iri",
                "https://kg.example/id");
        assertEquals(0, first.exitCode(), first.toString());
        KgRun second = KgRun.of("ingest", b.toString(), "--store", store.toString(), "--bulk", "off");
        assertEquals(0, second.exitCode(), second.toString());
        KgRun export = KgRun.of("export", "--format", "nq", "--store", store.toString());
        assertEquals(0, export.exitCode(), export.toString());
        assertTrue(export.out().contains("<https://kg.example/id/graph/article/b1>"), export.toString());
        assertTrue(export.out().contains("<https://kg.example/id/entity/person/"), export.toString());
        assertFalse(export.out().contains("localhost:8080"), export.toString());
        KgRun other = KgRun.of("ingest", b.toString(), "--store", store.toString(), "--base-iri",
                "http://localhost:8080/kg/");
        assertEquals(1, other.exitCode(), other.toString());
        assertTrue(other.err().contains("was minted under https://kg.example/id/"), other.toString());
    }

    @Test
    void serveRefusesANonPositiveQueryTimeoutBeforeOpeningAnything() {
        KgRun run = KgRun.of("serve", "--store", dir.resolve("store").toString(), "--query-timeout", "0");
        assertEquals(1, run.exitCode(), run.toString());
        assertTrue(run.err().contains("--query-timeout must be at least 1 second"), run.toString());
    }

    @Test
    void unknownOptionIsAUserError() {
        KgRun run = KgRun.of("ingest", "--no-such-option", "x");
        assertEquals(1, run.exitCode(), run.toString());
    }

    @Test
    void ingestQueryAndExportRoundTrip() throws Exception {
        Path store = dir.resolve("store");
        Path articles = Files.createDirectories(dir.resolve("in"));
        Files.writeString(articles.resolve("a.jsonl"), """
                {"id": "a1", "title": "부산시, 국제영화제 개막", "published": "2024-10-02", "url": "https://example.kr/a1", "text": "박형준 부산시장이 2일 부산국제영화제 개막식에 참석했다."}
                {"id": "a2", "published": "2024-10-03T09:30:00+09:00", "text": "최태원 대한상공회의소 회장은 3일 기자간담회를 열었다."}
                """, StandardCharsets.UTF_8);
        KgRun ingest = KgRun.of("ingest", articles.toString(), "--store", store.toString());
        assertEquals(0, ingest.exitCode(), ingest.toString());
        assertTrue(ingest.out().contains("articles read: 2, stored: 2, skipped: 0"), ingest.toString());

        KgRun count = KgRun.of("query", "article-count", "--format", "csv", "--store", store.toString());
        assertEquals(0, count.exitCode(), count.toString());
        assertTrue(count.out().lines().anyMatch(l -> l.strip().equals("2")), count.toString());

        KgRun again = KgRun.of("ingest", articles.toString(), "--store", store.toString());
        assertEquals(0, again.exitCode(), again.toString());
        assertEquals(triplesOf(ingest), triplesOf(again), "re-ingest writes the same graph");

        Path ttl = dir.resolve("out.ttl");
        KgRun export = KgRun.of("export", "--format", "ttl", "-o", ttl.toString(), "--store", store.toString());
        assertEquals(0, export.exitCode(), export.toString());
        Graph reread = GraphFactory.createDefaultGraph();
        RDFParser.source(ttl).lang(Lang.TURTLE).parse(reread);
        KgRun triples = KgRun.of("query", "graph-stats", "--format", "csv", "--store", store.toString());
        assertEquals(0, triples.exitCode(), triples.toString());
        assertTrue(reread.size() > 20, "exported " + reread.size());
        assertTrue(Files.readString(ttl).startsWith("@prefix") || Files.readString(ttl).contains("@prefix"),
                "Turtle with prefixes");

        KgRun one = KgRun.of("export", "--format", "trig", "--article", "a1", "--store", store.toString());
        assertEquals(0, one.exitCode(), one.toString());
        assertTrue(one.out().contains("부산국제영화제"), one.toString());
        assertFalse(one.out().contains("기자간담회"), "only a1's graph");
    }

    @Test
    void badInputsAreNamedSkippedAndLoseNothing() throws Exception {
        Path store = dir.resolve("store");
        Path good = Files.createDirectories(dir.resolve("good"));
        Files.writeString(good.resolve("g.jsonl"),
                "{\"id\": \"keep1\", \"text\": \"국토교통부 장관이 8일 세종청사에서 브리핑했다.\"}\n");
        assertEquals(0, KgRun.of("ingest", good.toString(), "--store", store.toString()).exitCode());

        Path bad = Files.createDirectories(dir.resolve("bad"));
        Files.writeString(bad.resolve("empty.txt"), "");
        Files.write(bad.resolve("binary.txt"), new byte[] {0x00, 0x01, (byte) 0xff, (byte) 0xfe, 0x00, 0x10});
        Files.write(bad.resolve("latin1.txt"), "caf\u00e9 기사".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(bad.resolve("lines.jsonl"),
                "{\"id\": \"ok2\", \"text\": \"서울시는 9일 신년인사회를 열었다.\"}\n{broken\n");
        Files.writeString(bad.resolve("nobody.html"), "<html><head><title>x</title></head><body></body></html>");
        KgRun run = KgRun.of("ingest", bad.toString(), dir.resolve("missing.txt").toString(),
                "--store", store.toString());
        assertEquals(1, run.exitCode(), run.toString());
        for (String named : List.of("empty.txt", "binary.txt", "latin1.txt", "lines.jsonl:2", "nobody.html",
                "missing.txt")) {
            assertTrue(run.err().contains(named), named + " named in\n" + run);
        }
        assertTrue(run.out().contains("stored: 1"), run.toString());

        KgRun count = KgRun.of("query", "article-count", "--format", "csv", "--store", store.toString());
        assertTrue(count.out().lines().anyMatch(l -> l.strip().equals("2")), "keep1 and ok2\n" + count);
    }

    @Test
    void extractWritesTheContractForJsonLines() throws Exception {
        Path in = dir.resolve("docs.jsonl");
        Files.writeString(in, """
                {"id": "d1", "text": "오세훈 서울시장이 8일 미국 라스베이거스를 방문했다. 🎉"}
                {"id": "d2", "title": "제목", "text": "본문"}
                """, StandardCharsets.UTF_8);
        KgRun run = KgRun.of("extract", "--in", "jsonl", "--out", "jsonl", in.toString());
        assertEquals(0, run.exitCode(), run.toString());
        List<String> lines = run.out().lines().toList();
        assertEquals(2, lines.size(), run.toString());
        JsonMapper json = JsonMapper.builder().build();
        JsonNode first = json.readTree(lines.get(0));
        assertEquals("d1", first.get("id").asString());
        assertEquals("오세훈 서울시장이 8일 미국 라스베이거스를 방문했다. 🎉", first.get("text").asString());
        String text = first.get("text").asString();
        for (JsonNode m : first.get("mentions")) {
            int start = m.get("start").asInt();
            int end = m.get("end").asInt();
            String slice = text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
            assertEquals(m.get("text").asString(), slice);
        }
        assertTrue(first.has("entities") && first.has("relations"));
        assertEquals("제목\n\n본문", json.readTree(lines.get(1)).get("text").asString());
    }

    @Test
    void unknownQueryNameIsOneLineUserError() {
        KgRun run = KgRun.of("query", "no-such-query", "--store", dir.resolve("s").toString());
        assertEquals(1, run.exitCode(), run.toString());
        assertTrue(run.err().contains("no-such-query"), run.toString());
    }

    private static String triplesOf(KgRun ingest) {
        return ingest.out().replaceAll("(?s).*triples written: (\\d+).*", "$1");
    }
}
