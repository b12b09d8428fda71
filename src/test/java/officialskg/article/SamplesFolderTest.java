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
}
