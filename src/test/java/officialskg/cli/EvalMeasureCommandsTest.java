package officialskg.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The measurements that used to be print-only tests ({@code kg eval dates}, {@code kg eval events}) or a
 * {@code main} of the library ({@code kg eval tagger-speed}), on small inputs.
 */
class EvalMeasureCommandsTest {

    @TempDir
    Path dir;

    @Test
    void evalDatesMeasuresTheDateSpansAgainstTheDtSpans() throws Exception {
        Path file = Files.writeString(dir.resolve("klue.jsonl"),
                "{\"id\":\"1\",\"text\":\"오세훈 서울시장은 9일 발표했다.\",\"entities\":[{\"start\":10,\"end\":12,\"type\":\"DT\"}]}\n");
        KgRun run = KgRun.of("eval", "dates", file.toString());
        assertEquals(0, run.exitCode(), run.toString());
        List<String> lines = run.out().lines().toList();
        assertEquals("KLUE DT: 1 sentences, gold 1, found 1, exact 1 (P 1.00, R 1.00), overlapping 0", lines.get(0),
                run.toString());
        assertEquals("found outside every DT span: []", lines.get(1));
    }

    @Test
    void evalEventsReadsTheKoNNESpans() throws Exception {
        Path file = Files.writeString(dir.resolve("konne.jsonl"),
                "{\"id\":\"1\",\"text\":\"부산시는 2030 부산세계박람회 유치를 위해 노력했다.\",\"entities\":[],"
                        + "\"fine_entities\":[{\"start\":5,\"end\":17,\"type\":\"EV_OTHERS\"}]}\n"
                        + "{\"id\":\"2\",\"text\":\"이 줄은 KoNNE가 다시 달지 않았다.\",\"entities\":[]}\n");
        KgRun run = KgRun.of("eval", "events", file.toString());
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().startsWith("KoNNE EV: 1 sentences, gold 1, found "), run.toString());
        assertTrue(run.out().lines().toList().get(1).startsWith("found outside every EV span: ["), run.toString());
    }

    @Test
    void evalDatesRefusesAFileThatIsNotKlue() throws Exception {
        Path file = Files.writeString(dir.resolve("bad.jsonl"), "{oops\n");
        KgRun run = KgRun.of("eval", "dates", file.toString());
        assertEquals(ExitCodes.USER_ERROR, run.exitCode(), run.toString());
        assertTrue(run.err().contains(file + ":1: not JSON"), run.toString());
    }

    @Test
    void evalTaggerSpeedPrintsOneLineARound() throws Exception {
        Path file = Files.writeString(dir.resolve("texts.jsonl"),
                "{\"text\":\"오세훈 서울시장은 9일 최태원 회장을 만났다.\"}\n\n{\"text\":\"부산시는 발표했다.\"}\n");
        KgRun run = KgRun.of("eval", "tagger-speed", file.toString(), "--rounds", "2");
        assertEquals(0, run.exitCode(), run.toString());
        List<String> lines = run.out().lines().toList();
        assertEquals(2, lines.size(), run.toString());
        assertTrue(lines.get(0).startsWith("round 1: 2 texts, 35 chars, "), run.toString());
        assertTrue(lines.get(1).matches("round 2: .*tagger alone \\d+"), run.toString());
    }
}
