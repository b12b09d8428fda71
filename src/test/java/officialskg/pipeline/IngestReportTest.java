package officialskg.pipeline;

import officialskg.article.InputFormat;
import officialskg.store.TdbStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The ingest report keeps the first skip reasons and counts the rest; every reason is still heard as it happens. */
class IngestReportTest {

    static final KgPipeline PIPELINE = ReingestAndIdentityTest.PIPELINE;

    @TempDir
    Path dir;

    @Test
    void aRunWithManyBadLinesKeepsTheFirstReasonsAndCountsTheRest() throws IOException {
        int bad = IngestReport.KEPT_REASONS + 234;
        StringBuilder lines = new StringBuilder("{\"id\":\"good-1\",\"text\":\"오세훈 서울시장이 12일 서울시청에서 "
                + "기자회견을 열었다.\"}\n");
        for (int i = 0; i < bad; i++) {
            // a line without text, each with its own id so that every reason differs
            lines.append("{\"id\":\"bad-").append(i).append("\",\"title\":\"제목만 있는 기사\"}\n");
        }
        Path input = Files.writeString(dir.resolve("mixed.jsonl"), lines, StandardCharsets.UTF_8);
        List<String> heard = new ArrayList<>();
        IngestReport report;
        try (TdbStore store = TdbStore.open(dir.resolve("tdb2"), PIPELINE.iris())) {
            report = PIPELINE.ingest().run(List.of(input), InputFormat.JSONL, store, new IngestListener() {
                @Override
                public void stored(String articleId) {
                }

                @Override
                public void skipped(String reason) {
                    heard.add(reason);
                }
            });
            assertEquals(1, store.articleCount());
        }
        assertEquals(bad, heard.size(), "every reason is heard as it happens");
        assertEquals(bad, report.skippedCount());
        assertEquals(heard.subList(0, IngestReport.KEPT_REASONS), report.skipped(), "the first reasons, in order");
        assertEquals(234, report.skippedNotKept());
        assertTrue(report.summary().startsWith("articles read: 1, stored: 1, skipped: " + bad + ", triples written: "),
                report.summary());
        assertTrue(report.summary().endsWith("; skip reasons kept: the first 1,000 … and 234 more (each was printed "
                + "as it happened)"), report.summary());
    }

    @Test
    void aFewSkipsAreAllKeptAndTheSummarySaysNothingMore() {
        SkipReasons reasons = new SkipReasons(3);
        reasons.add("a.txt: empty file");
        reasons.add("b.txt: file has only whitespace");
        assertEquals(List.of("a.txt: empty file", "b.txt: file has only whitespace"), reasons.kept());
        IngestReport report = new IngestReport(0, 0, reasons.kept(), reasons.count(), 0);
        assertEquals("articles read: 0, stored: 0, skipped: 2, triples written: 0", report.summary());
        reasons.add("c.txt: empty file");
        reasons.add("d.txt: empty file");
        reasons.add("e.txt: empty file");
        assertEquals(3, reasons.kept().size());
        assertEquals(5, reasons.count());
        assertFalse(reasons.kept().contains("d.txt: empty file"));
    }
}
