package officialskg.pipeline;

import officialskg.article.InputFormat;
import officialskg.store.QueryParameter;
import officialskg.store.QueryResult;
import officialskg.store.QueryRunner;
import officialskg.store.TdbStore;
import org.apache.jena.sparql.core.Var;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The analyst queries of {@code queries/} against what the real pipeline emits: nine composed articles
 * ({@code analyst-articles.jsonl}: a mayor's press event, a minister's visit, a chairman at a forum, a party leaders'
 * meeting, an acting mayor, a former minister, a festival with place and date, two reports on one mayoralty) are
 * ingested once through {@link KgPipeline} into an in-memory TDB2 store.
 */
class AnalystQueriesTest {

    static final Path QUERIES = Path.of("queries");
    static final String BASE = "http://localhost:8080/kg/";
    static TdbStore store;

    @BeforeAll
    static void ingest() throws URISyntaxException {
        KgPipeline pipeline = new KgPipeline(new PipelineSettings(BASE, 1, "0.0.0-test"));
        store = TdbStore.openInMemory(pipeline.iris());
        Path input = Path.of(AnalystQueriesTest.class.getResource("analyst-articles.jsonl").toURI());
        IngestReport report = pipeline.ingest().run(List.of(input), InputFormat.JSONL, store, IngestListener.SILENT);
        assertEquals(List.of(), report.skipped());
        assertEquals(9, report.stored());
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static List<Map<String, String>> rows(String name, Map<String, String> params) {
        QueryResult result = store.queries().run(QueryRunner.resolve(name, QUERIES), params, Duration.ofSeconds(30));
        var rows = new ArrayList<Map<String, String>>();
        for (int i = 0; i < result.size(); i++) {
            var row = new LinkedHashMap<String, String>();
            for (Var variable : result.variables()) {
                row.put(variable.getVarName(), result.text(i, variable.getVarName()).orElse(null));
            }
            rows.add(row);
        }
        return rows;
    }

    /** The values of {@code variables} in each row, joined by {@code |}: short, readable expectations. */
    static List<String> project(List<Map<String, String>> rows, String... variables) {
        return rows.stream().map(r -> {
            var parts = new ArrayList<String>();
            for (String v : variables) {
                parts.add(String.valueOf(r.get(v)));
            }
            return String.join("|", parts);
        }).toList();
    }

    @Test
    void atLeastFifteenQueriesEachCommentedWithDeclaredParameters() {
        List<String> names = QueryRunner.available(QUERIES);
        assertTrue(names.size() >= 15, names.toString());
        for (String name : names) {
            String sparql = QueryRunner.resolve(name, QUERIES);
            assertTrue(sparql.startsWith("#"), name);
            QueryParameter.declaredIn(sparql);
        }
    }

    @Test
    void personPostsByNameOrIri() {
        List<Map<String, String>> byName = rows("person-posts", Map.of("person", "오세훈"));
        List<String> rows = project(byName, "role", "organization", "status", "reportedOn", "article");
        assertTrue(rows.contains("시장|서울특별시|current|2024-03-04|composed-mayor-press"), rows.toString());
        assertTrue(rows.contains("시장|서울특별시|current|2024-03-20|composed-chair-forum"), rows.toString());
        assertTrue(byName.stream().allMatch(r -> r.get("written").contains("서울시장")), byName.toString());
        assertTrue(byName.stream().allMatch(r -> r.get("url").startsWith("https://news.example.org/")));
        assertTrue(byName.stream().anyMatch(r -> r.get("sentence").startsWith("오세훈 서울시장이 4일 서울시청에서")));
        assertEquals("2024-03-04", byName.get(0).get("reportedOn"), "oldest report first");
        assertEquals(byName, rows("person-posts", Map.of("person", BASE + "entity/person/오세훈")));
    }

    @Test
    void currentHoldersOfATitleAtAnOrganization() {
        List<String> seoul = project(rows("title-holders", Map.of("role", "시장", "organization", "서울시")),
                "name", "lastReported", "reports");
        assertEquals(List.of("오세훈|2024-03-20|2"), seoul);
        List<String> busan = project(rows("title-holders", Map.of("role", "시장", "organization", "부산광역시")),
                "name");
        assertTrue(busan.contains("박형준"), busan.toString());
    }

    @Test
    void peopleOfAnOrganization() {
        List<String> people = project(rows("organization-people", Map.of("organization", "산업통상자원부")),
                "name", "roles");
        assertTrue(people.contains("안덕근|장관"), people.toString());
    }

    @Test
    void whoMetWhomWithDateAndEvidence() {
        List<Map<String, String>> all = rows("who-met-whom", Map.of());
        List<String> pairs = project(all, "nameA", "nameB", "reportedOn");
        assertTrue(pairs.contains("이재명|한동훈|2024-03-25"), pairs.toString());
        assertTrue(pairs.contains("안덕근|장재훈|2024-03-12"), pairs.toString());
        // the date the meeting's own sentence states (25일), resolved against the report date
        assertTrue(project(all, "nameA", "nameB", "date").contains("이재명|한동훈|2024-03-25"), all.toString());
        List<Map<String, String>> han = rows("who-met-whom", Map.of("person", "한동훈"));
        assertEquals(1, han.size(), han.toString());
        assertTrue(han.get(0).get("sentence").startsWith("이재명 더불어민주당 대표는 25일 국회에서"));
    }

    @Test
    void eventsAPersonAttended() {
        List<String> events = project(rows("person-events", Map.of("person", "최태원")),
                "eventName", "how", "startDate", "placeName");
        // "서울 코엑스": the gazetteer's venue (코엑스) and city (서울특별시), both linked, rather than one unlinked place
        assertTrue(events.contains("서울 이노베이션 포럼 2024|attended|2024-03-20|코엑스"), events.toString());
        assertTrue(events.contains("서울 이노베이션 포럼 2024|attended|2024-03-20|서울특별시"), events.toString());
    }

    @Test
    void participantsOfAnEvent() {
        List<String> participants = project(rows("event-participants", Map.of("event", "서울 이노베이션 포럼 2024")),
                "name", "type", "how");
        assertTrue(participants.contains("최태원|Person|attended"), participants.toString());
    }

    @Test
    void coMentionNetwork() {
        List<String> neighbours = project(rows("co-mentions", Map.of("entity", "오세훈")), "name", "sharedArticles");
        assertTrue(neighbours.contains("서울특별시|2"), neighbours.toString());
        assertTrue(neighbours.contains("최태원|1"), neighbours.toString());
    }

    @Test
    void articlesMentioningAnEntityByAnyAlias() {
        List<String> byAlias = project(rows("entity-articles", Map.of("entity", "서울시")), "id");
        assertEquals(List.of("composed-mayor-press", "composed-chair-forum"), byAlias);
    }

    /** An entity may be given by its full IRI instead of a label: the same answers. */
    @Test
    void anEntityGivenByItsIriIsTheEntityOfThatName() {
        String iri = new officialskg.rdf.IriMinter(BASE).entityIri("person/최태원");
        for (String query : List.of("entity-articles", "entity-timeline", "co-mentions", "entity-aliases")) {
            assertEquals(rows(query, Map.of("entity", "최태원")).toString(), rows(query, Map.of("entity", iri)).toString(),
                    query);
            assertFalse(rows(query, Map.of("entity", iri)).isEmpty(), query);
        }
        assertTrue(rows("entity-articles", Map.of("entity", BASE + "entity/person/없는사람")).isEmpty());
    }

    @Test
    void timelineOfAnEntity() {
        List<String> timeline = project(rows("entity-timeline", Map.of("entity", "최태원")), "date", "article");
        assertTrue(timeline.contains("2024-03-20|composed-chair-forum"), timeline.toString());
    }

    @Test
    void placesVisited() {
        List<String> places = project(rows("places-visited", Map.of("person", "원희룡")), "placeName", "reportedOn");
        assertTrue(places.stream().anyMatch(p -> p.endsWith("|2024-02-15") && p.contains("계양구")),
                places.toString());
    }

    @Test
    void organizationsAtAnEvent() {
        List<String> orgs = project(rows("event-organizations", Map.of("event", "서울 이노베이션 포럼 2024")),
                "name", "how");
        assertTrue(orgs.contains("대한상공회의소|via 최태원"), orgs.toString());
    }

    @Test
    void mostMentionedEntitiesInADateRange() {
        List<String> march = project(rows("top-entities",
                Map.of("from", "2024-03-01", "to", "2024-03-31", "type", "Person")), "name", "mentions");
        assertEquals("오세훈|4", march.get(0), march.toString());
        List<String> february = project(rows("top-entities",
                Map.of("from", "2024-02-01", "to", "2024-02-29", "type", "Person")), "name");
        assertEquals("원희룡", february.get(0), february.toString());
    }

    /**
     * The three ways to count an entity's mentions agree: its rows in entity-mentions, the per-article counts of
     * entity-articles, and top-entities' totals (which count per entity before joining label and type).
     */
    @Test
    void mentionCountsAgreeAcrossQueries() {
        String iri = new officialskg.rdf.IriMinter(BASE).entityIri("person/오세훈");
        int mentions = rows("entity-mentions", Map.of("entity", iri)).size();
        List<Map<String, String>> articles = rows("entity-articles", Map.of("entity", iri));
        assertEquals(mentions, articles.stream().mapToInt(r -> Integer.parseInt(r.get("mentions"))).sum(),
                articles.toString());
        Map<String, String> top = rows("top-entities", Map.of("type", "Person")).stream()
                .filter(r -> r.get("entity").equals(iri)).findFirst().orElseThrow();
        assertEquals(String.valueOf(mentions), top.get("mentions"), top.toString());
        assertEquals(String.valueOf(articles.size()), top.get("articles"), top.toString());
        assertTrue(mentions > articles.size(), "named more than once in some article: " + articles);
    }

    @Test
    void aliasesOfAnEntity() {
        List<String> aliases = project(rows("entity-aliases", Map.of("entity", "서울시")), "alias", "kind");
        assertTrue(aliases.contains("서울특별시|preferred"), aliases.toString());
        assertTrue(aliases.contains("서울시|alternative"), aliases.toString());
    }

    @Test
    void factsWithEvidenceAndUrl() {
        List<String> facts = project(rows("facts-with-evidence", Map.of("type", "meets")),
                "id", "subject", "object", "url");
        assertTrue(facts.contains("composed-party-leaders|이재명|한동훈|https://news.example.org/2024/03/25/leaders"),
                facts.toString());
        List<String> posts = project(rows("facts-with-evidence",
                Map.of("type", "holdsPosition", "article", "composed-mayor-press")), "subject", "object");
        assertTrue(posts.contains("오세훈|서울특별시 시장"), posts.toString());
    }

    @Test
    void conflictingPostsInOneMonth() {
        List<String> conflicts = project(rows("conflicting-posts", Map.of()),
                "month", "organization", "role", "holderA", "holderB");
        assertTrue(conflicts.stream().anyMatch(c -> c.startsWith("2024-03|부산광역시|시장|")
                && c.contains("박형준") && c.contains("이성권")), conflicts.toString());
        assertFalse(conflicts.stream().anyMatch(c -> c.contains("오세훈")), conflicts.toString());
    }

    @Test
    void statementsByPersonGivesWhatTheSpeakerSaidWithDateAndEvidence() {
        List<String> oh = project(rows("statements-by-person", Map.of("person", "오세훈")),
                "date", "dateFrom", "speechMode", "quotation", "cue", "article");
        assertEquals(1, oh.size(), oh.toString());
        assertTrue(oh.get(0).contains("|direct|아이 낳기 좋은 도시를 만들겠다|말했다|"), oh.toString());
        List<String> park = project(rows("statements-by-person", Map.of("person", "박형준")),
                "date", "dateFrom", "speechMode", "quotation", "cue", "article");
        assertEquals(List.of("2024-03-07|article|reported|가덕도 신공항 건설을 서두르겠다|밝혔다|composed-busan-mayor"), park);
        assertEquals(List.of(), rows("statements-by-person", Map.of("person", "박형준", "mode", "direct")));
    }
}
