package officialskg.cli;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Issue 2's "done when" on the shared development data: the seed and the 604 Wikinews articles. */
class SharedDataIngestTest {

    static final Path SHARED = Path.of("../shared");
    static final Path SEED = SHARED.resolve("seed/000_f4471e151cd5cea1.txt");
    static final Path WIKINEWS = SHARED.resolve("data/wikinews-ko.jsonl");

    @TempDir
    Path dir;

    @BeforeAll
    static void sharedDataIsThere() {
        assumeTrue(Files.exists(SEED) && Files.exists(WIKINEWS), "../shared is not beside the project");
    }

    @Test
    void extractOfTheSeedKeepsTheBodyAndDropsTheChrome() throws Exception {
        KgRun run = KgRun.of("extract", "--in", "text", "--out", "jsonl", SEED.toString());
        assertEquals(0, run.exitCode(), run.toString());
        List<String> lines = run.out().lines().toList();
        assertEquals(1, lines.size());
        JsonNode doc = JsonMapper.builder().build().readTree(lines.get(0));
        String text = doc.get("text").asString();
        assertTrue(text.contains("오세훈 서울시장이 세계 최대 가전·정보기술 박람회 ‘CES 2024’ 참석차 미국 출장길에 오른다."));
        assertTrue(text.contains("오세훈 서울시장과 최태원 서울상공회의소 회장이 서울 중구 대한상공회의소 국제회의장에서"));
        assertTrue(text.contains("K-컬쳐 발전과 함께 서울의 관광 경쟁력과 매력을 높이기 위한 방안도 구상할 예정이다."));
        for (String chrome : List.of("민희진", "이재용", "비트코인", "가장작게", "좋아요", "주요 뉴스", "실시간 암호화폐")) {
            assertFalse(text.contains(chrome), chrome);
        }
        assertEquals("2024-01-08T11:15:00+09:00", doc.get("published").asString());
    }

    @Test
    void seedAndWikinewsGive605ArticlesAndReingestChangesNoCount() throws Exception {
        Path store = dir.resolve("store");
        KgRun first = KgRun.of("ingest", SEED.toString(), WIKINEWS.toString(), "--store", store.toString());
        assertEquals(0, first.exitCode(), first.toString());
        String countsAfterFirst = counts(store);
        assertTrue(countsAfterFirst.startsWith("605,"), countsAfterFirst);

        KgRun second = KgRun.of("ingest", SEED.toString(), WIKINEWS.toString(), "--store", store.toString());
        assertEquals(0, second.exitCode(), second.toString());
        assertEquals(countsAfterFirst, counts(store));

        Path ttl = dir.resolve("all.ttl");
        assertEquals(0, KgRun.of("export", "--format", "ttl", "-o", ttl.toString(), "--store", store.toString())
                .exitCode());
        Graph reread = GraphFactory.createDefaultGraph();
        RDFParser.source(ttl).lang(Lang.TURTLE).parse(reread);
        assertEquals(Long.parseLong(countsAfterFirst.split(",")[1]), reread.size(),
                "Turtle written by Rio, re-read by Jena RIOT, has the store's distinct triples");
    }

    /** "articles,triples" from the store. */
    private static String counts(Path store) {
        KgRun run = KgRun.of("query", "article-count", "--format", "csv", "--store", store.toString());
        String articles = run.out().lines().reduce((a, b) -> b).orElse("").strip();
        KgRun triples = KgRun.of("query", "triple-count", "--format", "csv", "--store", store.toString());
        String count = triples.out().lines().reduce((a, b) -> b).orElse("").strip();
        return articles + "," + count;
    }
}
