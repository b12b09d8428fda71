package officialskg.extract.event;

import officialskg.extract.Document;
import officialskg.extract.Mention;
import officialskg.nlp.nori.NoriKoreanAnalyzer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Runs over every Wikinews text: offsets must slice to the mention text; prints the most frequent events. */
class WikinewsEventsTest {

    private static final Path CORPUS = Path.of("../shared/data/wikinews-ko.jsonl");

    @Test
    void offsetsHoldOnEveryArticle() throws IOException {
        assumeTrue(Files.isReadable(CORPUS), "wikinews corpus not present");
        NoriKoreanAnalyzer analyzer = new NoriKoreanAnalyzer();
        EventExtractor extractor = new EventExtractor();
        JsonMapper json = JsonMapper.builder().build();
        Map<String, Integer> counts = new TreeMap<>();
        int articles = 0;
        int mentions = 0;
        for (String line : Files.readAllLines(CORPUS)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode node = json.readTree(line);
            String text = node.get("title").asString() + "\n\n" + node.get("text").asString();
            Document doc = new Document(text, analyzer.analyze(text), Optional.empty(), false);
            for (Mention m : extractor.extract(doc)) {
                assertEquals(m.text(), doc.slice(m.start(), m.end()), node.get("id").asString());
                counts.merge(m.text(), 1, Integer::sum);
                mentions++;
            }
            articles++;
        }
        assertTrue(articles > 0);
        System.out.printf("events: %d mentions in %d articles; most frequent:%n", mentions, articles);
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(Integer.getInteger("events.top", 30))
                .forEach(e -> System.out.println("  " + e.getValue() + "\t" + e.getKey()));
    }
}
