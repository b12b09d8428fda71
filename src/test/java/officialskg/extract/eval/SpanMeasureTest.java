package officialskg.extract.eval;

import officialskg.extract.Mention;
import officialskg.extract.MentionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SpanMeasureTest {

    @TempDir
    Path dir;

    /** Every occurrence of the given words, as date mentions. */
    private static Function<String, List<Mention>> finding(String... words) {
        return text -> {
            List<Mention> out = new ArrayList<>();
            for (String w : words) {
                for (int i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + 1)) {
                    int start = text.codePointCount(0, i);
                    out.add(new Mention(start, start + w.codePointCount(0, w.length()), w, MentionType.DATE, "test",
                            1.0, null, null));
                }
            }
            return out;
        };
    }

    @Test
    void countsExactOverlappingAndOutsideSpans() throws IOException {
        Path file = Files.writeString(dir.resolve("klue.jsonl"), """
                {"id":"1","text":"오 시장은 9일 오후 발표했다.","entities":[{"start":6,"end":8,"type":"DT"},{"start":9,"end":11,"type":"TI"},{"start":0,"end":1,"type":"PS"}]}

                {"id":"2","text":"지난해 12월 행사는 1년 걸렸다.","entities":[{"start":0,"end":7,"type":"DT"},{"start":12,"end":14,"type":"DT"}]}
                {"id":"3","text":"이날 발표했다.","entities":[]}
                """);
        SpanMeasure.Result r = SpanMeasure.measure(file, SpanMeasure.Gold.KLUE_DATES,
                finding("9일", "12월", "이날", "오후"));
        assertEquals(3, r.sentences());
        assertEquals(3, r.gold(), "DT spans only");
        assertEquals(4, r.found());
        assertEquals(1, r.exact(), "9일");
        assertEquals(1, r.overlapping(), "12월 inside 지난해 12월");
        assertEquals(List.of("오후", "이날"), r.outside(), "오후 is TI, not DT");
        assertEquals(0.25, r.precision(), 1e-9);
        assertEquals(1.0 / 3, r.recall(), 1e-9);
    }

    @Test
    void koNNEEventsComeFromFineEntitiesAndLinesWithoutThemAreSkipped() throws IOException {
        Path file = Files.writeString(dir.resolve("konne.jsonl"), """
                {"id":"1","text":"서울 마라톤 대회가 열렸다.","entities":[],"fine_entities":[{"start":0,"end":9,"type":"EV_SPORTS"},{"start":0,"end":2,"type":"LC_CITY"}]}
                {"id":"2","text":"서울 마라톤 대회","entities":[]}
                """);
        SpanMeasure.Result r = SpanMeasure.measure(file, SpanMeasure.Gold.KONNE_EVENTS, finding("서울 마라톤 대회"));
        assertEquals(1, r.sentences());
        assertEquals(1, r.gold());
        assertEquals(1, r.found());
        assertEquals(1, r.exact());
    }

    @Test
    void aBadLineIsNamed() throws IOException {
        Path file = Files.writeString(dir.resolve("bad.jsonl"), "{\"id\":\"1\",\"text\":\"가\",\"entities\":[]}\n{oops\n");
        var e = assertThrows(IllegalArgumentException.class,
                () -> SpanMeasure.measure(file, SpanMeasure.Gold.KLUE_DATES, finding()));
        assertTrue(e.getMessage().startsWith(file + ":2: not JSON"), e.getMessage());
        Path noEntities = Files.writeString(dir.resolve("none.jsonl"), "{\"id\":\"1\",\"text\":\"가\"}\n");
        assertEquals(noEntities + ":1: no \"entities\"", assertThrows(IllegalArgumentException.class,
                () -> SpanMeasure.measure(noEntities, SpanMeasure.Gold.KLUE_DATES, finding())).getMessage());
    }
}
