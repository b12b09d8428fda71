package officialskg.extract.relation;

import officialskg.nlp.nori.NoriKoreanAnalyzer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RelationEvaluationTest {

    private static final String HEADER = "train_row_id,sentence,subject_entity,object_entity,label,source,from_file\n";

    private static String row(String id, String sentence, String subject, String subjectType, String object,
                              String objectType, String label) {
        return id + ",\"" + sentence + "\"," + entity(sentence, subject, subjectType) + ","
                + entity(sentence, object, objectType) + "," + label + ",test,test\n";
    }

    /** A KLUE entity dict, end index inclusive, quoted for CSV. */
    private static String entity(String sentence, String word, String type) {
        int start = sentence.codePointCount(0, sentence.indexOf(word));
        int end = start + word.codePointCount(0, word.length()) - 1;
        return "\"{'word': '" + word + "', 'start_idx': " + start + ", 'end_idx': " + end + ", 'type': '" + type
                + "'}\"";
    }

    @Test
    void scoresTheThreeLabelsWithNoRelationRowsAsNegatives(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("re.csv");
        Files.writeString(csv, HEADER
                + row("1", "박형준 부산시장은 16일 기자회견을 열었다.", "박형준", "PER", "부산시장", "POH", "per:title")
                + row("2", "더불어민주당 소속 이영희 의원이 법안을 냈다.", "이영희", "PER", "더불어민주당", "ORG", "per:employee_of")
                + row("3", "한국선급(회장 이정기)은 2일 이사회를 열었다.", "한국선급", "ORG", "이정기", "PER",
                "org:top_members/employees")
                + row("4", "김철수는 삼성전자의 주가를 비판했다.", "김철수", "PER", "삼성전자", "ORG", "no_relation")
                + row("5", "이민호는 서울에서 태어났다.", "이민호", "PER", "서울", "LOC", "per:origin"));
        List<RelationEvaluation.Score> scores =
                new RelationEvaluation(new RuleRelationExtractor(), new NoriKoreanAnalyzer()).evaluate(csv, "all");
        assertEquals(RelationEvaluation.LABELS, scores.stream().map(RelationEvaluation.Score::label).toList());
        for (RelationEvaluation.Score s : scores) {
            assertEquals(1, s.truePositives(), s.label());
            assertEquals(0, s.falsePositives(), s.label());
            assertEquals(0, s.falseNegatives(), s.label());
            assertEquals(1.0, s.f1(), 1e-9, s.label());
        }
    }

    @Test
    void theHeldOutSplitIsAFifthByRowId() {
        long heldOut = java.util.stream.IntStream.range(0, 1000)
                .filter(i -> new KlueReRows.Row(Integer.toString(i), "x", null, null, "no_relation").heldOut())
                .count();
        assertTrue(heldOut > 150 && heldOut < 250, "about 20%: " + heldOut);
    }

    @Test
    void aFileWithoutTheKlueHeaderIsRejectedByName(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("not-klue.csv");
        Files.writeString(csv, "a,b\n1,2\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> KlueReRows.read(csv));
        assertTrue(e.getMessage().contains("not-klue.csv line 1"), e.getMessage());
    }

    @Test
    void readsTheSharedKlueFileWhenPresent() {
        Path csv = Path.of("../shared/data/klue-re-train-partial.csv");
        Assumptions.assumeTrue(Files.isReadable(csv), "shared KLUE-RE data absent");
        List<KlueReRows.Row> rows = KlueReRows.read(csv);
        assertTrue(rows.size() > 15000, "rows: " + rows.size());
        KlueReRows.Row first = rows.get(0);
        assertEquals("요미우리 자이언츠", first.subject().word());
        assertEquals(22, first.subject().start());
        assertEquals(31, first.subject().end());
    }
}
