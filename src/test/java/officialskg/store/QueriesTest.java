package officialskg.store;

import officialskg.rdf.SampleArticles;
import officialskg.vocab.Kg;
import officialskg.vocab.Schema;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every analyst query in {@code queries/}, run on the three composed sample articles. */
class QueriesTest {

    static final Path QUERIES = Path.of("queries");
    static TdbStore store;

    @BeforeAll
    static void fill() {
        store = Fixtures.threeArticles(TdbStore.openInMemory(Fixtures.IRIS));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static QueryResult run(String name, Map<String, String> params) {
        return store.queries().run(QueryRunner.resolve(name, QUERIES), params, Duration.ofSeconds(30));
    }

    static List<String> column(QueryResult result, String variable) {
        var values = new ArrayList<String>();
        for (int i = 0; i < result.size(); i++) {
            values.add(result.text(i, variable).orElse(null));
        }
        return values;
    }

    @Test
    void everyQueryFileDeclaresItsParametersAndParses() {
        assertTrue(QueryRunner.available(QUERIES).containsAll(
                List.of("articles-by-date", "article-metadata", "graph-stats", "article-count", "entity-mentions")));
        for (String name : QueryRunner.available(QUERIES)) {
            String sparql = QueryRunner.resolve(name, QUERIES);
            assertTrue(sparql.startsWith("#"), name + " starts with a comment saying what it does");
            QueryParameter.declaredIn(sparql);
        }
    }

    @Test
    void articlesByDateComparesCalendarDaysOfDatesAndDateTimes() {
        QueryResult year2024 = run("articles-by-date", Map.of("from", "2024-01-01", "to", "2024-12-31"));
        assertEquals(List.of(SampleArticles.CES_ID, SampleArticles.FORUM_ID), column(year2024, "id"));
        assertEquals(List.of("오세훈 시장, CES 2024 참관", "서울 이노베이션 포럼 2024 개막"), column(year2024, "headline"));
        assertEquals(List.of("2024-01-08T11:15:00+09:00", "2024-03-20T23:30:00+09:00"), column(year2024, "published"));
        assertEquals(Arrays.asList("https://www.etoday.co.kr/news/view/2318350", null), column(year2024, "url"));
        // 23:30 in Seoul is still the 20th: the upper bound is inclusive by calendar day.
        assertEquals(List.of(SampleArticles.FORUM_ID),
                column(run("articles-by-date", Map.of("from", "2024-03-20", "to", "2024-03-20")), "id"));
        assertEquals(List.of(SampleArticles.CABINET_ID),
                column(run("articles-by-date", Map.of("from", "2009-01-20", "to", "2009-01-20")), "id"));
        assertEquals(List.of(SampleArticles.CABINET_ID, SampleArticles.CES_ID, SampleArticles.FORUM_ID),
                column(run("articles-by-date", Map.of()), "id"), "defaults cover every date");
        assertEquals(List.of(), column(run("articles-by-date", Map.of("from", "2024-01-09", "to", "2024-03-19")), "id"));
    }

    @Test
    void articleMetadata() {
        QueryResult result = run("article-metadata", Map.of("id", SampleArticles.CES_ID));
        assertEquals(1, result.size());
        assertEquals(Fixtures.IRIS.articleIri(SampleArticles.CES_ID), result.text(0, "article").orElseThrow());
        assertEquals("오세훈 시장, CES 2024 참관", result.text(0, "headline").orElseThrow());
        assertEquals("2024-01-08T11:15:00+09:00", result.text(0, "published").orElseThrow());
        assertEquals("https://www.etoday.co.kr/news/view/2318350", result.text(0, "url").orElseThrow());
        assertEquals("이투데이", result.text(0, "publisher").orElseThrow());
        assertEquals(Set.of("서울 혁신기업 부스 방문", "최태원 회장과 만나"),
                Set.of(result.text(0, "subtitles").orElseThrow().split(" \\| ")));
        // 101 code points (the emoji counts once; as UTF-16 the text has 102 units).
        assertEquals("101", result.text(0, "textLength").orElseThrow());
        assertEquals("10", result.text(0, "mentions").orElseThrow());
        assertEquals("8", result.text(0, "entities").orElseThrow());

        QueryResult cabinet = run("article-metadata", Map.of("id", SampleArticles.CABINET_ID));
        assertEquals("2009-01-20", cabinet.text(0, "published").orElseThrow());
        assertTrue(cabinet.get(0, "publisher").isEmpty());
        assertTrue(cabinet.get(0, "subtitles").isEmpty());
        assertEquals(0, run("article-metadata", Map.of("id", "없는-기사")).size());
    }

    @Test
    void graphStats() {
        QueryResult result = run("graph-stats", Map.of());
        Map<String, Long> counts = new HashMap<>();
        for (int i = 0; i < result.size(); i++) {
            String key = result.text(i, "measure").orElseThrow() + result.text(i, "about").map(a -> " " + a).orElse("");
            counts.put(key, Long.parseLong(result.text(i, "count").orElseThrow()));
        }
        assertEquals(3L, counts.get("articles"));
        assertEquals(16L, counts.get("mentions"));
        assertEquals(3L, counts.get("entities " + Schema.Person.getURI()), "오세훈, 최태원, 이명박");
        assertEquals(3L, counts.get("entities " + Kg.Title.getURI()), "시장, 회장, 대통령");
        assertEquals(store.tripleCount(), counts.get("triples"));
        long graphs = counts.keySet().stream().filter(k -> k.startsWith("triples in graph ")).count();
        assertEquals(4, graphs, "three article graphs and the ontology graph");
        assertEquals("articles", result.text(0, "measure").orElseThrow());
    }

    @Test
    void articleCount() {
        QueryResult result = run("article-count", Map.of());
        assertEquals(List.of("3"), column(result, "articles"));
    }

    @Test
    void entityMentions() {
        QueryResult result = run("entity-mentions", Map.of("entity", Fixtures.IRIS.entityIri("person/오세훈")));
        assertEquals(List.of("0", "21"), column(result, "start"));
        assertEquals(List.of("3", "24"), column(result, "end"));
        assertEquals(List.of("오세훈", "오세훈"), column(result, "text"));
        assertEquals(List.of(SampleArticles.CES_ID, SampleArticles.CES_ID), column(result, "id"));
    }

    @Test
    void eventsInPeriodByTheirDateOrFirstReportAndOptionallyByPlace() {
        QueryResult all = run("events-in-period", Map.of());
        assertEquals(List.of("CES 2024", "서울 이노베이션 포럼 2024"), column(all, "eventName"));
        assertEquals(List.of("2024-01-08", "2024-03-20"), column(all, "date"));
        assertEquals(List.of("reported", "reported"), column(all, "dateKind"));
        assertEquals(List.of("0", "1"), column(all, "participants"), "서울시 organized the forum");
        QueryResult march = run("events-in-period", Map.of("from", "2024-03-01", "to", "2024-03-31"));
        assertEquals(List.of("서울 이노베이션 포럼 2024"), column(march, "eventName"));
        assertEquals(List.of(), column(run("events-in-period", Map.of("from", "2024-02-01", "to", "2024-02-29")),
                "eventName"));
    }
}
