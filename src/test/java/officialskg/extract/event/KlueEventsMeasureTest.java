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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Measures (prints, does not assert) event spans against the KoNNE {@code EV_*} spans of the KLUE-NER dev sentences
 * ("KLUE benchmark", "KoNNE", CC BY-SA 4.0; read from ../shared, not copied). KoNNE also tags bare heads
 * ({@code 대선}) and games ({@code 2차전}) that this extractor leaves out on purpose, so recall is a lower bound.
 */
class KlueEventsMeasureTest {

    private static final Path KLUE = Path.of("../shared/data/klue-ner-wikitree-dev.jsonl");

    @Test
    void printsPrecisionAndRecallOnKoNNEEvents() throws IOException {
        assumeTrue(Files.isReadable(KLUE), "KLUE-NER dev sentences not present");
        NoriKoreanAnalyzer analyzer = new NoriKoreanAnalyzer();
        EventExtractor extractor = new EventExtractor();
        JsonMapper json = JsonMapper.builder().build();
        int gold = 0;
        int found = 0;
        int exact = 0;
        int overlapping = 0;
        List<String> misses = new ArrayList<>();
        for (String line : Files.readAllLines(KLUE)) {
            JsonNode node = json.readTree(line);
            if (!node.has("fine_entities")) {
                continue; // not re-annotated by KoNNE
            }
            String text = node.get("text").asString();
            Set<String> goldSpans = new HashSet<>();
            List<int[]> goldList = new ArrayList<>();
            for (JsonNode e : node.get("fine_entities")) {
                if (e.get("type").asString().startsWith("EV")) {
                    goldSpans.add(e.get("start").asInt() + ":" + e.get("end").asInt());
                    goldList.add(new int[] {e.get("start").asInt(), e.get("end").asInt()});
                }
            }
            gold += goldSpans.size();
            for (Mention m : extractor.extract(new Document(text, analyzer.analyze(text), Optional.empty(), false))) {
                found++;
                if (goldSpans.contains(m.start() + ":" + m.end())) {
                    exact++;
                } else if (goldList.stream().anyMatch(g -> g[0] < m.end() && m.start() < g[1])) {
                    overlapping++;
                } else {
                    misses.add(m.text());
                }
            }
        }
        assertTrue(gold > 0);
        System.out.printf("KoNNE EV: gold %d, found %d, exact %d (P %.2f, R %.2f), overlapping %d%n", gold, found,
                exact, found == 0 ? 0 : (double) exact / found, (double) exact / gold, overlapping);
        System.out.println("found, not an EV span: " + misses);
    }
}
