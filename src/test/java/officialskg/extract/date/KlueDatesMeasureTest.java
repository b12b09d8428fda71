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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Measures (prints, does not assert) date spans against the {@code DT} spans of the KLUE-NER dev sentences
 * ("KLUE benchmark", CC BY-SA 4.0; read from ../shared, not copied). KLUE tags clock times apart ({@code TI}) and
 * durations as {@code DT} ({@code 1년}, {@code 이틀}), while this extractor joins a day and its time and leaves
 * durations out, so both figures are lower bounds. No publication dates: values are not measured here.
 */
class KlueDatesMeasureTest {

    private static final Path KLUE = Path.of("../shared/data/klue-ner-wikitree-dev.jsonl");

    @Test
    void printsPrecisionAndRecallOnKlueDates() throws IOException {
        assumeTrue(Files.isReadable(KLUE), "KLUE-NER dev sentences not present");
        NoriKoreanAnalyzer analyzer = new NoriKoreanAnalyzer();
        DateExtractor extractor = new DateExtractor();
        JsonMapper json = JsonMapper.builder().build();
        int gold = 0;
        int found = 0;
        int exact = 0;
        int overlapping = 0;
        List<String> misses = new ArrayList<>();
        for (String line : Files.readAllLines(KLUE)) {
            JsonNode node = json.readTree(line);
            String text = node.get("text").asString();
            Set<String> goldSpans = new HashSet<>();
            List<int[]> goldList = new ArrayList<>();
            for (JsonNode e : node.get("entities")) {
                if (e.get("type").asString().equals("DT")) {
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
        System.out.printf("KLUE DT: gold %d, found %d, exact %d (P %.2f, R %.2f), overlapping %d%n", gold, found,
                exact, found == 0 ? 0 : (double) exact / found, (double) exact / gold, overlapping);
        System.out.println("found, not a DT span: " + misses);
    }
}
