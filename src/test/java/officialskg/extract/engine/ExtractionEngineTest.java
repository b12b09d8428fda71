package officialskg.extract.engine;

import officialskg.extract.Document;
import officialskg.extract.Mention;
import officialskg.extract.MentionExtractor;
import officialskg.extract.MentionType;
import officialskg.extract.RuleBasedFixture;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static officialskg.extract.MentionType.EVENT;
import static officialskg.extract.MentionType.ORGANIZATION;
import static officialskg.extract.MentionType.PERSON;
import static officialskg.extract.RuleBasedFixture.assertMention;
import static officialskg.extract.RuleBasedFixture.assertNoMention;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The engine is open to other extractors (events, dates, a tagger) and settles them with the same policy. */
class ExtractionEngineTest {

    /** A small real extractor of another kind: a name in single quotes that ends with 시리즈 is an event. */
    private static final class QuotedSeriesExtractor implements MentionExtractor {
        @Override
        public String name() {
            return "events-quoted";
        }

        @Override
        public List<Mention> extract(Document document) {
            int[] text = document.text().codePoints().toArray();
            List<Mention> out = new ArrayList<>();
            for (int i = 0; i < text.length; i++) {
                if (text[i] == '‘') {
                    int j = i + 1;
                    while (j < text.length && text[j] != '’') {
                        j++;
                    }
                    String name = new String(text, i + 1, j - i - 1);
                    if (j < text.length && name.endsWith("시리즈")) {
                        out.add(new Mention(i + 1, j, name, EVENT, name(), 0.8, null, null));
                    }
                }
            }
            return out;
        }
    }

    @Test
    void anotherExtractorsEventWinsOverTheShorterNamesInsideIt() {
        List<MentionExtractor> extractors = new ArrayList<>(ExtractionEngine.ruleBasedExtractors(RuleBasedFixture.GAZETTEER));
        extractors.add(new QuotedSeriesExtractor());
        ExtractionEngine engine = new ExtractionEngine(extractors);
        String text = "오 시장은 ‘2024 MLB 월드 투어 서울 시리즈’ 개최를 논의한다.";
        List<Mention> m = engine.extract(RuleBasedFixture.document(text));
        assertMention(m, 0, 1, PERSON, "오");
        assertMention(m, 7, 28, EVENT, "2024 MLB 월드 투어 서울 시리즈");
        assertNoMention(m, "MLB", MentionType.ORGANIZATION);
        assertNoMention(m, "서울", MentionType.PLACE);
        assertEquals(5, engine.extractors().size());
    }

    @Test
    void aCountrysTeamNamedWithItsSport() {
        List<Mention> m = RuleBasedFixture.extract("스웨덴 축구 국가대표팀이 베를린에서 비겼다.");
        assertMention(m, 0, 12, ORGANIZATION, "스웨덴 축구 국가대표팀");
    }

    @Test
    void theResultIsSortedAndFreeOfPartialOverlaps() {
        List<Mention> m = RuleBasedFixture.extract("최태원 서울상공회의소 회장과 MLB 국제사업총괄 부사장이 서울 AI 허브를 찾았다.");
        for (int i = 1; i < m.size(); i++) {
            Mention a = m.get(i - 1);
            Mention b = m.get(i);
            assertTrue(a.start() <= b.start());
        }
        for (Mention a : m) {
            for (Mention b : m) {
                boolean nested = a.start() <= b.start() && b.end() <= a.end()
                        || b.start() <= a.start() && a.end() <= b.end();
                assertTrue(a == b || !a.overlaps(b) || nested, a + " crosses " + b);
            }
        }
    }
}
