package officialskg.extract;

import officialskg.extract.engine.ExtractionEngine;
import officialskg.extract.gazetteer.Gazetteer;
import officialskg.nlp.nori.NoriKoreanAnalyzer;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** The real rule-based engine over the bundled gazetteer and real Nori, shared by the extraction tests. */
public final class RuleBasedFixture {

    public static final Gazetteer GAZETTEER = Gazetteer.loadDefault();
    public static final NoriKoreanAnalyzer ANALYZER = new NoriKoreanAnalyzer();
    public static final ExtractionEngine ENGINE =
            new ExtractionEngine(ExtractionEngine.ruleBasedExtractors(GAZETTEER));

    private RuleBasedFixture() {
    }

    public static Document document(String text) {
        return new Document(text, ANALYZER.analyze(text), Optional.empty(), false);
    }

    public static List<Mention> extract(String text) {
        return ENGINE.extract(document(text));
    }

    /** Fails unless a mention with exactly this span, type and text is present. */
    public static Mention assertMention(List<Mention> mentions, int start, int end, MentionType type, String text) {
        for (Mention m : mentions) {
            if (m.start() == start && m.end() == end && m.type() == type) {
                assertTrue(m.text().equals(text), "text at [" + start + "," + end + ") is " + m.text());
                return m;
            }
        }
        fail("no " + type.label() + " [" + start + "," + end + ") '" + text + "' in " + describe(mentions));
        return null;
    }

    public static void assertNoMention(List<Mention> mentions, String text, MentionType type) {
        for (Mention m : mentions) {
            if (m.text().equals(text) && m.type() == type) {
                fail("unexpected " + type.label() + " '" + text + "' at " + m.start());
            }
        }
    }

    public static String describe(List<Mention> mentions) {
        StringBuilder b = new StringBuilder();
        for (Mention m : mentions) {
            b.append(m.start()).append('-').append(m.end()).append(' ').append(m.type().label()).append(' ')
                    .append(m.text()).append("; ");
        }
        return b.toString();
    }
}
