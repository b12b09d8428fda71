package officialskg.extract.eval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GraphEvaluationTest {

    static Path goldDir() throws URISyntaxException {
        return Path.of(GraphEvaluationTest.class.getResource("graph-gold").toURI());
    }

    // ---- a predicted graph, written the way the kg extract contract would resolve it

    private static final class Doc {
        private final List<PredictedGraph.Entity> entities = new ArrayList<>();
        private final List<PredictedGraph.Relation> relations = new ArrayList<>();

        Doc entity(String id, String type, String label, String... mentions) {
            entities.add(new PredictedGraph.Entity(id, type, label, List.of(mentions)));
            return this;
        }

        /** {@code role, entityId, mention text, role, entityId, mention text, …} */
        Doc relation(String type, String... roleEntityText) {
            Map<String, PredictedGraph.Arg> args = new LinkedHashMap<>();
            for (int i = 0; i < roleEntityText.length; i += 3) {
                args.put(roleEntityText[i], new PredictedGraph.Arg(roleEntityText[i + 1], roleEntityText[i + 2]));
            }
            relations.add(new PredictedGraph.Relation(type, args));
            return this;
        }

        PredictedGraph build(String id) {
            return new PredictedGraph(id, entities, relations);
        }
    }

    /** Like the extractor's output: 시장 stated again for both mayors, the meeting written the other way round. */
    static PredictedGraph graph1() {
        return new Doc()
                .entity("p/오세훈", "Person", "오세훈", "오세훈", "오세훈", "오")
                .entity("p/박형준", "Person", "박형준", "박형준", "박형준")
                .entity("t/시장", "Title", "시장", "시장", "서울시장", "부산시장", "시장")
                .entity("o/서울", "Organization", "서울특별시", "서울시", "서울시")
                .entity("o/부산", "Organization", "부산광역시", "부산시")
                .entity("e/박람회", "Event", "2030 부산세계박람회", "2030 부산세계박람회")
                .relation("holdsPosition", "holder", "p/박형준", "박형준", "title", "t/시장", "시장")
                .relation("holdsPosition", "holder", "p/오세훈", "오세훈", "title", "t/시장", "서울시장")
                .relation("holdsPosition", "holder", "p/박형준", "박형준", "title", "t/시장", "부산시장")
                .relation("meets", "person", "p/박형준", "박형준", "other", "p/오세훈", "오세훈")
                .relation("holdsPosition", "holder", "p/오세훈", "오", "title", "t/시장", "시장")
                .build("graph-1");
    }

    /** All right, with duplicates (attends twice, a later participation type, memberOf) and one wrong attendee. */
    static PredictedGraph graph2() {
        return new Doc()
                .entity("p/이재명", "Person", "이재명", "이재명")
                .entity("o/민주당", "Organization", "더불어민주당", "더불어민주당")
                .entity("t/대표", "Title", "대표", "대표")
                .entity("l/여의도", "Place", "서울 여의도", "서울 여의도")
                .entity("o/민주노총", "Organization", "전국민주노동조합총연맹", "민주노총")
                .entity("e/대회", "Event", "7·2전국노동자대회", "7·2전국노동자대회")
                .relation("holdsPosition", "holder", "p/이재명", "이재명", "title", "t/대표", "대표",
                        "organization", "o/민주당", "더불어민주당")
                .relation("memberOf", "member", "p/이재명", "이재명", "organization", "o/민주당", "더불어민주당")
                .relation("attends", "participant", "p/이재명", "이재명", "event", "e/대회", "7·2전국노동자대회")
                .relation("attends", "participant", "p/이재명", "이재명", "event", "e/대회", "7·2전국노동자대회")
                .relation("speaksAt", "speaker", "p/이재명", "이재명", "event", "e/대회", "7·2전국노동자대회")
                .relation("organizes", "organizer", "o/민주노총", "민주노총", "event", "e/대회", "7·2전국노동자대회")
                .relation("attends", "participant", "o/민주당", "더불어민주당", "event", "e/대회", "7·2전국노동자대회")
                .relation("locatedIn", "event", "e/대회", "7·2전국노동자대회", "place", "l/여의도", "서울 여의도")
                .build("graph-2");
    }

    /** 김현미 split into two entities; the meeting is attached to the one that did not match. */
    static PredictedGraph graph3() {
        return new Doc()
                .entity("p/최연혜", "Person", "최연혜", "최연혜")
                .entity("o/코레일", "Organization", "한국철도공사", "코레일")
                .entity("t/사장", "Title", "사장", "사장")
                .entity("o/국토부", "Organization", "국토교통부", "국토교통부")
                .entity("p/김현미", "Person", "김현미", "김현미")
                .entity("p/김현미-2", "Person", "김현미", "김현미")
                .entity("t/장관", "Title", "장관", "장관")
                .relation("holdsPosition", "holder", "p/최연혜", "최연혜", "title", "t/사장", "사장",
                        "organization", "o/코레일", "코레일")
                .relation("holdsPosition", "holder", "p/김현미", "김현미", "title", "t/장관", "장관")
                .relation("visits", "visitor", "p/최연혜", "최연혜", "place", "o/국토부", "국토교통부")
                .relation("meets", "person", "p/최연혜", "최연혜", "other", "p/김현미-2", "김현미")
                .build("graph-3");
    }

    static GraphReport reportOfTheThreeGoldFiles() throws IOException, URISyntaxException {
        Map<String, Path> files = GraphGold.filesIn(goldDir());
        assertEquals(List.of("graph-1", "graph-2", "graph-3"), List.copyOf(files.keySet()));
        List<PredictedGraph> predicted = List.of(graph1(), graph2(), graph3());
        List<ArticleScore> scores = new ArrayList<>();
        for (PredictedGraph p : predicted) {
            scores.add(GraphEvaluation.score(GraphGold.read(files.get(p.id())), p));
        }
        return new GraphReport(scores);
    }

    @Test
    void countsEachCategoryOverTheThreeGoldFiles() throws Exception {
        GraphReport report = reportOfTheThreeGoldFiles();
        assertEquals(3, report.articles().size());
        assertEquals(new MatchCounts(5, 6, 5), report.total(GraphCategory.PERSONS)); // 김현미-2 spurious
        assertEquals(new MatchCounts(5, 6, 5), report.total(GraphCategory.ORGANIZATIONS)); // 부산광역시 spurious
        assertEquals(new MatchCounts(1, 1, 1), report.total(GraphCategory.PLACES));
        assertEquals(new MatchCounts(2, 2, 2), report.total(GraphCategory.EVENTS));
        assertEquals(new MatchCounts(5, 5, 5), report.total(GraphCategory.TENURES)); // the two 시장 restate
        assertEquals(new MatchCounts(3, 2, 2), report.total(GraphCategory.AFFILIATIONS)); // 오세훈 – 서울시 missed
        assertEquals(new MatchCounts(2, 2, 1), report.total(GraphCategory.MEETINGS)); // 최연혜 + 김현미-2 wrong
        assertEquals(new MatchCounts(2, 3, 2), report.total(GraphCategory.PARTICIPATIONS)); // 더불어민주당 spurious
        assertEquals(5.0 / 6, report.total(GraphCategory.PERSONS).precision(), 1e-9);
        assertEquals(1.0, report.total(GraphCategory.PERSONS).recall(), 1e-9);
        assertEquals(10.0 / 11, report.total(GraphCategory.PERSONS).f1(), 1e-9);
        assertEquals(0.8, report.total(GraphCategory.AFFILIATIONS).f1(), 1e-9);
        assertEquals(0.5, report.total(GraphCategory.MEETINGS).f1(), 1e-9);
        assertEquals((10.0 / 11 * 2 + 1 + 1 + 1 + 0.8 + 0.5 + 0.8) / 8, report.meanF1(), 1e-9);

        ArticleScore third = report.articles().get(2);
        assertEquals(List.of("김현미"), third.category(GraphCategory.PERSONS).spurious());
        assertEquals(List.of("최연혜 + 김현미"), third.category(GraphCategory.MEETINGS).missed());
        assertEquals(List.of("최연혜 + 김현미"), third.category(GraphCategory.MEETINGS).spurious());
        String errors = report.errorsText();
        assertTrue(errors.contains("graph-1\n"), errors);
        assertTrue(errors.contains("  affiliations    missed:   오세훈 – 서울시\n"), errors);
        assertTrue(errors.contains("  participations  spurious: 더불어민주당 → 7·2전국노동자대회\n"), errors);
        assertFalse(errors.contains("tenures"), errors);
        String table = report.toTable();
        assertTrue(table.contains("persons              5         6       5     0.833   1.000   0.909\n"), table);
        assertTrue(table.lines().toList().getLast().matches("mean F1 +0\\.865"), table);
        String json = report.toJson(true);
        assertTrue(json.contains("\"meetings\":{\"gold\":2,\"predicted\":2,\"matched\":1,\"precision\":0.5,"
                + "\"recall\":0.5,\"f1\":0.5}"), json);
        assertTrue(json.contains("\"missed\":{\"affiliations\":[\"오세훈 – 서울시\"]}"), json);
    }

    // ---- the matching rules, one by one

    private static ArticleScore score(String goldJson, PredictedGraph predicted) {
        return GraphEvaluation.score(GraphGold.parse(goldJson, "t"), predicted);
    }

    private static MatchCounts counts(ArticleScore score, GraphCategory category) {
        return score.category(category).counts();
    }

    @Test
    void anEntityMatchesOnAnySharedStringAfterNormalization() {
        String gold = """
                {"persons": [{"name": "박근혜", "surfaces": ["박근혜", "박 대통령"]}],
                 "places": [{"name": "부산", "surfaces": ["부산"]}],
                 "events": [{"name": "7·2 전국노동자대회", "surfaces": ["7·2 전국노동자대회"]}]}
                """;
        ArticleScore s = score(gold, new Doc()
                .entity("p/1", "Person", "박대통령", "박대통령") // a surface, spaced differently
                .entity("o/1", "Organization", "부산", "부산") // same string, other category: no match
                .entity("e/1", "Event", "‘7ㆍ2 전국 노동자대회’", "‘7ㆍ2 전국 노동자대회’")
                .entity("t/1", "Title", "대통령", "대통령") // not scored
                .build("t"));
        assertEquals(new MatchCounts(1, 1, 1), counts(s, GraphCategory.PERSONS));
        assertEquals(new MatchCounts(1, 0, 0), counts(s, GraphCategory.PLACES));
        assertEquals(new MatchCounts(0, 1, 0), counts(s, GraphCategory.ORGANIZATIONS));
        assertEquals(new MatchCounts(1, 1, 1), counts(s, GraphCategory.EVENTS));
        assertEquals("박근혜", GraphEvaluation.normalize("박 근혜"));
        assertEquals("72대회un", GraphEvaluation.normalize(" 7·2 “대회” UN"));
    }

    @Test
    void entitiesMatchOneToOneMostSharedStringsFirst() {
        String gold = """
                {"persons": [{"name": "김철수", "surfaces": ["김철수", "김 의원"]}],
                 "tenures": [{"person": "김철수", "title": "의원", "organization": null}]}
                """;
        PredictedGraph predicted = new Doc()
                .entity("p/a", "Person", "김철수", "김철수")
                .entity("p/b", "Person", "김철수", "김철수", "김 의원")
                .relation("holdsPosition", "holder", "p/a", "김철수", "title", "t", "의원")
                .build("t");
        ArticleScore s = score(gold, predicted);
        assertEquals(new MatchCounts(1, 2, 1), counts(s, GraphCategory.PERSONS));
        assertEquals(List.of("김철수"), s.category(GraphCategory.PERSONS).spurious());
        // the tenure hangs on p/a, which lost the gold person to p/b (two shared strings against one)
        assertEquals(new MatchCounts(1, 1, 0), counts(s, GraphCategory.TENURES));
    }

    private static final String MAYOR = """
            {"persons": [{"name": "오세훈", "surfaces": ["오세훈"]}],
             "tenures": [{"person": "오세훈", "title": "%s", "organization": "서울시", "status": "current"}]}
            """;

    private static MatchCounts tenure(String goldTitle, String predictedTitle) {
        return counts(score(MAYOR.formatted(goldTitle), new Doc()
                .entity("p/오", "Person", "오세훈", "오세훈")
                .relation("holdsPosition", "holder", "p/오", "오세훈", "title", "t", predictedTitle)
                .build("t")), GraphCategory.TENURES);
    }

    @Test
    void aTenureNeedsTheMatchedPersonAndAnEqualOrContainingTitle() {
        assertEquals(new MatchCounts(1, 1, 1), tenure("서울시장", "시장"));
        assertEquals(new MatchCounts(1, 1, 1), tenure("시장", "시장"));
        assertEquals(new MatchCounts(1, 1, 1), tenure("시장", "서울 시장"));
        assertEquals(new MatchCounts(1, 1, 1), tenure("대통령", "대통령 권한대행"));
        assertEquals(new MatchCounts(1, 1, 0), tenure("서울시장", "장관"));
        // status words aside (the gold keeps status in a field of its own), and as written
        assertEquals(new MatchCounts(1, 1, 1), tenure("국무총리", "총리 후보자"));
        assertEquals(new MatchCounts(1, 1, 1), tenure("장관", "전 장관"));
        assertEquals(new MatchCounts(1, 1, 1), tenure("후보", "대통령 후보"));
        assertEquals(new MatchCounts(1, 1, 0), tenure("국무총리", "장관 후보자"));
        assertEquals("총리", GraphEvaluation.withoutStatus("총리 후보자"));
        assertEquals("대통령", GraphEvaluation.withoutStatus("前대통령"));
        assertEquals("후보", GraphEvaluation.withoutStatus("후보"));
        // right title on an unmatched holder
        ArticleScore s = score(MAYOR.formatted("시장"), new Doc()
                .entity("p/x", "Person", "오세운", "오세운")
                .relation("holdsPosition", "holder", "p/x", "오세운", "title", "t", "시장")
                .build("t"));
        assertEquals(new MatchCounts(1, 1, 0), counts(s, GraphCategory.TENURES));
        assertEquals(List.of("오세운: 시장"), s.category(GraphCategory.TENURES).spurious());
    }

    @Test
    void aSecondTenureCountsOnceWhenItRestatesAMatchedOneAndAsAnErrorWhenNot() {
        ArticleScore s = score(MAYOR.formatted("서울시장"), new Doc()
                .entity("p/오", "Person", "오세훈", "오세훈")
                .relation("holdsPosition", "holder", "p/오", "오세훈", "title", "t", "서울시장")
                .relation("holdsPosition", "holder", "p/오", "오세훈", "title", "t", "시장")
                .relation("holdsPosition", "holder", "p/오", "오세훈", "title", "t", "서울 시장")
                .relation("holdsPosition", "holder", "p/오", "오세훈", "title", "t", "장관")
                .build("t"));
        assertEquals(new MatchCounts(1, 2, 1), counts(s, GraphCategory.TENURES));
        assertEquals(List.of("오세훈: 장관"), s.category(GraphCategory.TENURES).spurious());
    }

    @Test
    void affiliationsComeFromOrganizationsNotPlaces() {
        String gold = """
                {"persons": [{"name": "박형준", "surfaces": ["박형준"]}, {"name": "한동훈", "surfaces": ["한동훈"]}],
                 "organizations": [{"name": "국민의힘", "surfaces": ["국민의힘"]}],
                 "places": [{"name": "부산", "surfaces": ["부산"]}],
                 "tenures": [{"person": "박형준", "title": "시장", "organization": "부산", "status": "current"},
                             {"person": "한동훈", "title": "대표", "organization": "국민의힘", "status": "current"}]}
                """;
        ArticleScore s = score(gold, new Doc()
                .entity("p/박", "Person", "박형준", "박형준")
                .entity("p/한", "Person", "한동훈", "한동훈")
                .entity("l/부산", "Place", "부산", "부산")
                .entity("o/힘", "Organization", "국민의힘", "국민의힘")
                .relation("holdsPosition", "holder", "p/박", "박형준", "title", "t", "시장",
                        "organization", "l/부산", "부산")
                .relation("memberOf", "member", "p/한", "한동훈", "organization", "o/힘", "국민의힘")
                .relation("memberOf", "member", "o/힘", "국민의힘", "organization", "o/힘", "국민의힘")
                .build("t"));
        // gold: 한동훈 – 국민의힘 only; predicted: the memberOf of a person only
        assertEquals(new MatchCounts(1, 1, 1), counts(s, GraphCategory.AFFILIATIONS));
    }

    @Test
    void meetingsAreUnorderedPairs() {
        String gold = """
                {"persons": [{"name": "윤석열", "surfaces": ["윤석열"]}, {"name": "기시다 후미오", "surfaces": ["기시다"]}],
                 "meetings": [["윤석열", "기시다 후미오"]]}
                """;
        ArticleScore s = score(gold, new Doc()
                .entity("p/기시다", "Person", "기시다", "기시다")
                .entity("p/윤", "Person", "윤석열", "윤석열")
                .relation("meets", "person", "p/기시다", "기시다", "other", "p/윤", "윤석열")
                .relation("meets", "person", "p/윤", "윤석열", "other", "p/기시다", "기시다")
                .build("t"));
        assertEquals(new MatchCounts(1, 1, 1), counts(s, GraphCategory.MEETINGS));
    }

    @Test
    void anOrganizationCanParticipateAndAnyRelationWithAnEventCounts() {
        String gold = """
                {"organizations": [{"name": "민주노총", "surfaces": ["민주노총"]}],
                 "persons": [{"name": "양경수", "surfaces": ["양경수"]}],
                 "events": [{"name": "전국노동자대회", "surfaces": ["전국노동자대회"]}],
                 "participations": [{"participant": "민주노총", "event": "전국노동자대회"},
                                    {"participant": "양경수", "event": "전국노동자대회"}]}
                """;
        ArticleScore s = score(gold, new Doc()
                .entity("o/민주노총", "Organization", "전국민주노동조합총연맹", "민주노총")
                .entity("p/양", "Person", "양경수", "양경수")
                .entity("e/대회", "Event", "전국노동자대회", "전국노동자대회")
                .entity("l/서울", "Place", "서울", "서울")
                .relation("organizes", "organizer", "o/민주노총", "민주노총", "event", "e/대회", "전국노동자대회")
                .relation("speaksAt", "speaker", "p/양", "양경수", "event", "e/대회", "전국노동자대회")
                .relation("locatedIn", "event", "e/대회", "전국노동자대회", "place", "l/서울", "서울")
                .build("t"));
        assertEquals(new MatchCounts(2, 2, 2), counts(s, GraphCategory.PARTICIPATIONS));
    }

    @Test
    void emptyCategoriesScoreOneAndOneSidedOnesZero() {
        assertEquals(1.0, MatchCounts.ZERO.f1());
        assertEquals(0.0, new MatchCounts(2, 0, 0).f1());
        assertEquals(0.0, new MatchCounts(0, 2, 0).precision());
        assertThrows(IllegalArgumentException.class, () -> new MatchCounts(1, 1, 2));
    }

    @Test
    void readsTheExtractContractResolvingMentionsToEntities() {
        String line = """
                {"id": "x", "text": "오세훈 서울시장", "mentions": [
                  {"start": 0, "end": 3, "text": "오세훈", "type": "Person", "entity": "person/오세훈"},
                  {"start": 4, "end": 8, "text": "서울시장", "type": "Title", "entity": "title/시장"},
                  {"start": 4, "end": 6, "text": "서울", "type": "Place"}],
                 "entities": [{"id": "person/오세훈", "type": "Person", "label": "오세훈", "mentions": [0]},
                              {"id": "title/시장", "type": "Title", "label": "시장", "mentions": [1]}],
                 "relations": [{"type": "holdsPosition", "args": {"holder": 0, "title": 1, "organization": 2},
                                "confidence": 0.9, "status": "current"}]}
                """;
        PredictedGraph graph = PredictedGraph.fromContractJson(line);
        assertEquals("x", graph.id());
        assertEquals(Set.of("person/오세훈", "title/시장", "mention/2"),
                graph.entities().stream().map(PredictedGraph.Entity::id).collect(Collectors.toSet()));
        assertEquals(List.of("오세훈"), graph.entities().stream().filter(e -> e.type().equals("Person"))
                .findFirst().orElseThrow().mentions());
        PredictedGraph.Relation r = graph.relations().getFirst();
        assertEquals(new PredictedGraph.Arg("title/시장", "서울시장"), r.args().get("title"));
        assertEquals(new PredictedGraph.Arg("mention/2", "서울"), r.args().get("organization"));
        assertThrows(IllegalArgumentException.class, () -> PredictedGraph.fromContractJson(
                "{\"id\": \"x\", \"mentions\": [], \"relations\": [{\"type\": \"meets\", \"args\": {\"person\": 3}}]}"));
    }

    @Test
    void aGoldFileIsCheckedAgainstItsName(@TempDir Path dir) throws Exception {
        GraphGold gold = GraphGold.read(goldDir().resolve("graph-2.json"));
        assertEquals("graph-2", gold.id());
        assertEquals(2, gold.participations().size());
        Path renamed = Files.copy(goldDir().resolve("graph-2.json"), dir.resolve("graph-9.json"));
        var wrongId = assertThrows(IllegalArgumentException.class, () -> GraphGold.read(renamed));
        assertTrue(wrongId.getMessage().contains("graph-9.json: not a gold graph file: its id is 'graph-2'"),
                wrongId.getMessage());
        var e = assertThrows(IllegalArgumentException.class, () -> GraphGold.parse("{\"meetings\": [[\"a\"]]}", "t"));
        assertTrue(e.getMessage().contains("not a pair"), e.getMessage());
    }
}
