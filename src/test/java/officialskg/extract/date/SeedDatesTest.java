package officialskg.extract.date;

import officialskg.extract.Document;
import officialskg.extract.Mention;
import officialskg.nlp.nori.NoriKoreanAnalyzer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The seed article (published 2024-01-08 11:15 Seoul): every date it states, in order, with its value. */
class SeedDatesTest {

    private static final Path SEED = Path.of("../shared/seed/000_f4471e151cd5cea1.txt");

    @Test
    void resolvesTheSeedArticlesDates() throws IOException {
        assumeTrue(Files.isReadable(SEED), "seed article not present");
        String text = Files.readString(SEED);
        Document doc = new Document(text, new NoriKoreanAnalyzer().analyze(text),
                Optional.of(LocalDateTime.of(2024, 1, 8, 11, 15).atZone(ZoneId.of("Asia/Seoul"))), true);
        List<String> found = new DateExtractor().extract(doc).stream()
                .peek(m -> assertEquals(m.text(), doc.slice(m.start(), m.end())))
                .map(m -> m.text() + "=" + m.normalized()).toList();
        // the byline date, the body's dates, and 오늘 of the page's "오늘의 상승종목" box; no 4박 7일, 3900만 명, 24시간
        assertEquals(List.of("2024-01-08=2024-01-08", "8일=2024-01-08", "9일(현지시간)=2024-01-09", "3월=2024-03",
                "10월=2024-10", "11일(현지시간)=2024-01-11", "지난해=2023", "오늘=2024-01-08"), found);
    }
}
