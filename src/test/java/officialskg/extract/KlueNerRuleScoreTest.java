package officialskg.extract;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A quick score of the rule-based extractors alone on the KLUE-NER WIKITREE dev sentences (KLUE benchmark,
 * CC BY-SA 4.0): exact-span precision, recall and F1 for PS/OG/LC ↔ Person/Organization/Place. Printed for tuning;
 * the floor only guards against a collapse of precision (the official scorer is {@code kg eval ner}).
 */
class KlueNerRuleScoreTest {

    private static final Path KLUE = Path.of("../shared/data/klue-ner-wikitree-dev.jsonl");
    private static final Map<String, MentionType> TYPES =
            Map.of("PS", MentionType.PERSON, "OG", MentionType.ORGANIZATION, "LC", MentionType.PLACE);

    @Test
    void precisionOfTheRulesOnKlueDev() throws IOException {
        assumeTrue(Files.exists(KLUE), "shared KLUE data absent");
        ObjectMapper json = new ObjectMapper();
        Map<MentionType, int[]> counts = new EnumMap<>(MentionType.class); // true positives, predicted, gold
        for (MentionType t : TYPES.values()) {
            counts.put(t, new int[3]);
        }
        for (String line : Files.readAllLines(KLUE)) {
            JsonNode doc = json.readTree(line);
            Set<String> gold = new HashSet<>();
            for (JsonNode e : doc.get("entities")) {
                MentionType t = TYPES.get(e.get("type").asString());
                if (t != null) {
                    gold.add(e.get("start").asInt() + ":" + e.get("end").asInt() + ":" + t);
                    counts.get(t)[2]++;
                }
            }
            List<Mention> found = RuleBasedFixture.extract(doc.get("text").asString());
            for (Mention m : found) {
                if (counts.containsKey(m.type())) {
                    counts.get(m.type())[1]++;
                    if (gold.contains(m.start() + ":" + m.end() + ":" + m.type())) {
                        counts.get(m.type())[0]++;
                    }
                }
            }
        }
        int[] all = new int[3];
        for (Map.Entry<MentionType, int[]> c : counts.entrySet()) {
            print(c.getKey().label(), c.getValue());
            for (int i = 0; i < 3; i++) {
                all[i] += c.getValue()[i];
            }
        }
        double precision = print("all", all);
        assertTrue(precision > 0.6, "rule precision collapsed: " + precision);
    }

    private static double print(String label, int[] c) {
        double p = c[1] == 0 ? 0 : (double) c[0] / c[1];
        double r = c[2] == 0 ? 0 : (double) c[0] / c[2];
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        System.out.printf("KLUE-NER rules %-12s P=%.3f R=%.3f F1=%.3f (tp=%d predicted=%d gold=%d)%n",
                label, p, r, f, c[0], c[1], c[2]);
        return p;
    }
}
