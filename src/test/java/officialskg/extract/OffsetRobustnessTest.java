package officialskg.extract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static officialskg.extract.MentionType.ORGANIZATION;
import static officialskg.extract.MentionType.PERSON;
import static officialskg.extract.RuleBasedFixture.assertMention;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Offsets stay exact on every real article and on awkward input; nothing crashes. */
class OffsetRobustnessTest {

    private static final Path WIKINEWS = Path.of("../shared/data/wikinews-ko.jsonl");

    private static void assertExactOffsets(String text, List<Mention> mentions) {
        int length = text.codePointCount(0, text.length());
        Document doc = RuleBasedFixture.document(text);
        for (Mention m : mentions) {
            assertTrue(m.start() < m.end() && m.end() <= length, "span out of range: " + m);
            assertEquals(m.text(), doc.slice(m.start(), m.end()), "text differs from its span: " + m);
        }
    }

    @Test
    void everyMentionOnEveryWikinewsArticleIndexesItsText() throws IOException {
        assumeTrue(Files.exists(WIKINEWS), "shared Wikinews data absent");
        ObjectMapper json = new ObjectMapper();
        int articles = 0;
        int mentions = 0;
        for (String line : Files.readAllLines(WIKINEWS)) {
            JsonNode doc = json.readTree(line);
            String text = doc.get("title").asString() + "\n\n" + doc.get("text").asString();
            List<Mention> found = RuleBasedFixture.extract(text);
            assertExactOffsets(text, found);
            articles++;
            mentions += found.size();
        }
        assertEquals(604, articles);
        assertTrue(mentions > 5_000, "suspiciously few mentions: " + mentions);
    }

    @Test
    void emptyAndHangulFreeTextGiveNoTrouble() {
        assertEquals(List.of(), RuleBasedFixture.extract(""));
        assertEquals(List.of(), RuleBasedFixture.extract("   \n\n  "));
        List<Mention> latin = RuleBasedFixture.extract("The MLB and NATO met in 2024 (12.5%)!");
        assertMention(latin, 4, 7, ORGANIZATION, "MLB");
        assertMention(latin, 12, 16, ORGANIZATION, "NATO");
    }

    @Test
    void emojiAndOtherSupplementaryCharactersShiftNothing() {
        String text = "🎉🇰🇷 오세훈 서울시장과 𠀀 최태원 서울상공회의소 회장이 😀만났다.";
        List<Mention> m = RuleBasedFixture.extract(text);
        assertMention(m, 4, 7, PERSON, "오세훈");
        assertMention(m, 16, 19, PERSON, "최태원");
        assertMention(m, 20, 27, ORGANIZATION, "서울상공회의소");
        assertExactOffsets(text, m);
    }

    @Test
    @Timeout(value = 180, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aMegabyteOnOneLineIsHandled() {
        StringBuilder b = new StringBuilder();
        while (b.length() < 1_000_000) {
            b.append("오세훈 서울시장이 라스베이거스를 방문했다 🎉 ");
        }
        String text = b.toString();
        List<Mention> m = RuleBasedFixture.extract(text);
        assertTrue(m.size() > 50_000, "found " + m.size());
        Mention last = m.get(m.size() - 1);
        Document doc = RuleBasedFixture.document(text);
        assertEquals(last.text(), doc.slice(last.start(), last.end()));
    }
}
