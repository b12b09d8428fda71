package officialskg.pipeline;

import officialskg.article.InputFormat;
import officialskg.store.TdbStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The outside finding: one 10 MB article without a sentence break (inside the reading limits) ran for minutes in a
 * 2 GB heap, and a bulk run lost its good articles with it. Now it is refused by name at once and the run goes on.
 */
class OversizedArticleIngestTest {

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aHugeUnbrokenArticleIsSkippedByNameAndTheBulkRunStoresTheRest(@TempDir Path dir) throws IOException {
        Path input = dir.resolve("mixed.jsonl");
        try (Writer out = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
            out.write("{\"id\":\"before\",\"text\":\"오세훈 서울시장이 9일 서울시 신년인사회에 참석했다.\"}\n");
            out.write("{\"id\":\"huge\",\"text\":\"");
            String words = "국회의원들이 예산안을 심사하고 ";
            for (int i = 0; i < 3_500_000 / words.length(); i++) {
                out.write(words);
            }
            out.write("\"}\n");
            out.write("{\"id\":\"after\",\"text\":\"최태원 대한상공회의소 회장이 10일 기자간담회를 열었다.\"}\n");
        }
        assertTrue(Files.size(input) > 8_000_000, "about 10 MB of UTF-8: " + Files.size(input));
        KgPipeline pipeline = new KgPipeline(PipelineSettings.defaults("test").withThreads(2));
        Path store = dir.resolve("tdb2");

        IngestReport report = pipeline.bulkIngest().run(List.of(input), InputFormat.JSONL, store,
                IngestListener.SILENT).report();

        assertEquals(2, report.stored(), report.toString());
        assertEquals(1, report.skipped().size(), report.toString());
        assertTrue(report.skipped().getFirst().contains("article huge too long to analyze: 3,499,994 characters"),
                report.skipped().getFirst());
        try (TdbStore opened = TdbStore.open(store, pipeline.iris())) {
            assertEquals(java.util.Set.of("before", "after"), opened.articleIds());
        }
    }
}
