package officialskg.article;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** {@code ./kg demo} ingests {@code samples/}: every file there must read cleanly, in name order. */
class SamplesFolderTest {

    @Test
    void everySampleReads() {
        Path samples = Path.of("samples");
        assumeTrue(Files.isDirectory(samples), "run from the project root");
        Outcomes outcomes = Outcomes.read(samples);
        assertEquals(List.of(), outcomes.messages());
        assertEquals(List.of("daegu-expo", "economy-ulsan-hyundai", "joongang-gyeonggi-forum",
                "naver-portal-trade-minister", "sample-jeonbuk-2024-001", "sample-kcci-2024-002",
                "sample-incheon-2024-003", "yonhap-busan-mayor"), outcomes.articles().stream().map(Article::id).toList());
        outcomes.articles().forEach(a -> assertTrue(a.published().isPresent(), a.id() + " has a date"));
    }

    /** The progress total: counted without parsing, one per document file and per JSON line, bad ones included. */
    @Test
    void theCountMatchesWhatReadingGives(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path samples = Path.of("samples");
        assumeTrue(Files.isDirectory(samples), "run from the project root");
        ArticleInputs inputs = new ArticleInputs();
        assertEquals(8, inputs.count(samples, InputFormat.AUTO));
        Path lines = Files.writeString(dir.resolve("x.jsonl"), "{\"id\": \"a\", \"text\": \"가\"}\n\n  \n"
                + "{broken\n{\"id\": \"b\", \"text\": \"나\"}");
        assertEquals(3, inputs.count(lines, InputFormat.AUTO));
        List<ArticleRead> read = new java.util.ArrayList<>();
        inputs.read(lines, InputFormat.AUTO, read::add);
        assertEquals(3, read.size(), read.toString());
        assertEquals(1, inputs.count(dir.resolve("missing.txt"), InputFormat.AUTO));
    }
}
