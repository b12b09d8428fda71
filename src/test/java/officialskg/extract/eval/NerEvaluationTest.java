package officialskg.extract.eval;

import officialskg.extract.Mention;
import officialskg.extract.MentionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NerEvaluationTest {

    /** Three sentences; the second starts with an emoji, so its offsets are code points, not UTF-16 units. */
    private static final String FILE = """
            {"id": "s1", "text": "오세훈 서울시장이 대한상공회의소를 찾았다.", "entities": [{"start": 0, "end": 3, "type": "PS", "text": "오세훈"}, {"start": 4, "end": 6, "type": "LC", "text": "서울"}, {"start": 10, "end": 17, "type": "OG", "text": "대한상공회의소"}]}
            {"id": "s2", "text": "🎉 최태원 회장은 8일 부산에 갔다.", "entities": [{"start": 2, "end": 5, "type": "PS", "text": "최태원"}, {"start": 10, "end": 12, "type": "DT", "text": "8일"}, {"start": 13, "end": 15, "type": "LC", "text": "부산"}]}
            {"id": "s3", "text": "삼성전자는 실적을 발표했다.", "entities": [{"start": 0, "end": 4, "type": "OG", "text": "삼성전자"}]}
            """;

    private static Mention mention(String text, int start, int end, MentionType type) {
        String surface = text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
        return new Mention(start, end, surface, type, "fixed", 1, null, null);
    }

    /** A fixed extraction: right on 오세훈, 서울 (twice: counted once), 최태원; wrong type on 대한상공회의소; 8일 ignored. */
    private static final Function<String, List<Mention>> EXTRACTION = text -> switch (text.substring(0, 2)) {
        case "오세" -> List.of(mention(text, 0, 3, MentionType.PERSON), mention(text, 4, 6, MentionType.PLACE),
                mention(text, 4, 6, MentionType.PLACE), mention(text, 10, 17, MentionType.PLACE));
        case "🎉" -> List.of(mention(text, 2, 5, MentionType.PERSON), mention(text, 10, 12, MentionType.DATE),
                mention(text, 13, 14, MentionType.PLACE));
        default -> List.of(mention(text, 0, 2, MentionType.ORGANIZATION));
    };

    @Test
    void countsExactSpanMatchesPerTypeAndMicro(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("three.jsonl"), FILE);
        NerReport report = new NerEvaluation(EXTRACTION).evaluate(file);
        assertEquals(3, report.sentences());
        assertEquals(new SpanCounts(2, 0, 0), report.counts(MentionType.PERSON));
        assertEquals(new SpanCounts(1, 2, 1), report.counts(MentionType.PLACE)); // 서울 ✓, 대한상공회의소 ✗, 부 ✗, 부산 missed
        assertEquals(new SpanCounts(0, 1, 2), report.counts(MentionType.ORGANIZATION));
        SpanCounts micro = report.micro();
        assertEquals(new SpanCounts(3, 3, 3), micro);
        assertEquals(0.5, micro.precision(), 1e-9);
        assertEquals(0.5, micro.recall(), 1e-9);
        assertEquals(0.5, micro.f1(), 1e-9);
        assertEquals(6, report.errors().size());
        assertTrue(report.errors().contains(new NerError(NerError.Kind.FALSE_NEGATIVE, "s2", MentionType.PLACE,
                13, 15, "부산")));
        assertTrue(report.errors().contains(new NerError(NerError.Kind.FALSE_POSITIVE, "s3",
                MentionType.ORGANIZATION, 0, 2, "삼성")));
        assertTrue(report.toText().contains("micro"), report.toText());
        assertTrue(report.errorsText(10).contains("FN\ts2\tPlace\t[13, 15)\t부산"), report.errorsText(10));
    }

    @Test
    void restrictsToTheHeldOutSplit(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("three.jsonl"), FILE);
        HeldOutSplit split = new HeldOutSplit(0.5);
        long heldOut = List.of("s1", "s2", "s3").stream().filter(split::isHeldOut).count();
        NerReport report = new NerEvaluation(EXTRACTION, Optional.of(split)).evaluate(file);
        assertEquals(heldOut, report.sentences());
    }

    @Test
    void theSplitIsStableAndNearItsFraction() {
        HeldOutSplit split = new HeldOutSplit(0.2);
        int held = 0;
        for (int i = 0; i < 5000; i++) {
            String id = String.format("klue-ner-v1_dev_%05d-wikitree", i);
            if (split.isHeldOut(id)) {
                held++;
            }
            assertEquals(split.isHeldOut(id), new HeldOutSplit(0.2).isHeldOut(id));
        }
        assertTrue(held > 900 && held < 1100, "held out " + held + " of 5000");
        assertNotEquals(new HeldOutSplit(0).isHeldOut("x"), new HeldOutSplit(1).isHeldOut("x"));
    }

    @Test
    void aBadLineNamesTheFileAndLine(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("bad.jsonl"),
                "{\"id\": \"a\", \"text\": \"서울\", \"entities\": []}\n{\"id\": \"b\", \"text\": \"부산\", \"entities\": "
                        + "[{\"start\": 0, \"end\": 9, \"type\": \"LC\"}]}\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> KlueNerFile.read(file));
        assertTrue(e.getMessage().startsWith(file + ":2: "), e.getMessage());
    }
}
