package officialskg.extract.date;

import officialskg.extract.Document;
import officialskg.extract.Mention;
import officialskg.nlp.nori.NoriKoreanAnalyzer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Runs over every Wikinews article with its publication date: offsets must slice to the mention text and every
 * value must parse as one of the documented forms. Prints the most frequent expressions with their values.
 */
class WikinewsDatesTest {

    private static final Path CORPUS = Path.of("../shared/data/wikinews-ko.jsonl");
    private static final String DAY = "\\d{4}-\\d{2}-\\d{2}(?:T\\d{2}:\\d{2})?";
    private static final String SINGLE = DAY + "|\\d{4}-\\d{2}|\\d{3,4}|\\d{4}-[HQ]\\d|\\d{4}-W\\d{2}";
    private static final String FORM = "(?:" + SINGLE + ")(?:/(?:" + SINGLE + "))?";

    @Test
    void offsetsAndValuesHoldOnEveryArticle() throws IOException {
        assumeTrue(Files.isReadable(CORPUS), "wikinews corpus not present");
        NoriKoreanAnalyzer analyzer = new NoriKoreanAnalyzer();
        DateExtractor extractor = new DateExtractor();
        JsonMapper json = JsonMapper.builder().build();
        Map<String, Integer> counts = new TreeMap<>();
        int articles = 0;
        int resolved = 0;
        int mentions = 0;
        for (String line : Files.readAllLines(CORPUS)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode node = json.readTree(line);
            String text = node.get("title").asString() + "\n\n" + node.get("text").asString();
            LocalDate published = LocalDate.parse(node.get("published").asString());
            Document doc = new Document(text, analyzer.analyze(text),
                    Optional.of(published.atStartOfDay(ZoneId.of("Asia/Seoul"))), false);
            for (Mention m : extractor.extract(doc)) {
                assertEquals(m.text(), doc.slice(m.start(), m.end()), node.get("id").asString());
                if (m.normalized() != null) {
                    assertTrue(m.normalized().matches(FORM), m.text() + " → " + m.normalized());
                    resolved++;
                }
                counts.merge(Boolean.getBoolean("dates.forms") ? m.text().replaceAll("\\d+", "N") : m.text() + " → " + m.normalized(), 1, Integer::sum);
                mentions++;
            }
            articles++;
        }
        assertTrue(articles > 0);
        System.out.printf("dates: %d mentions (%d with a value) in %d articles; most frequent:%n", mentions, resolved,
                articles);
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(Integer.getInteger("dates.top", 30))
                .forEach(e -> System.out.println("  " + e.getValue() + "\t" + e.getKey()));
    }
}
