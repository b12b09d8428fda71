package officialskg.extract;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static officialskg.extract.MentionType.ORGANIZATION;
import static officialskg.extract.MentionType.PERSON;
import static officialskg.extract.MentionType.PLACE;
import static officialskg.extract.MentionType.TITLE;
import static officialskg.extract.RuleBasedFixture.assertMention;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The seed article's body (from {@code 오세훈 서울시장이 세계 최대} to the last {@code 구상할 예정이다.}) plus its first
 * photo caption, through the rule-based engine. Every expectation comes from general rules and reference data:
 * 서울바이오허브 by the 허브 ending after a known place, 라스베이거스 관광청 by city + 관광청, 고척스카이돔 by the 돔
 * ending, 유레카파크 by a quoted venue name followed by 에서, 서울상공회의소 by city + 상공회의소.
 */
class SeedArticleExtractionTest {

    private static final Path SEED = Path.of("../shared/seed/000_f4471e151cd5cea1.txt");
    private static String text;
    private static List<Mention> mentions;

    @BeforeAll
    static void extract() throws IOException {
        assumeTrue(Files.exists(SEED), "shared seed article absent");
        String page = Files.readString(SEED);
        int from = page.indexOf("오세훈 서울시장이 세계 최대");
        String last = "구상할 예정이다.";
        int to = page.lastIndexOf(last) + last.length();
        String caption = page.lines().filter(l -> l.startsWith("▲오세훈 서울시장이")).findFirst().orElseThrow();
        text = page.substring(from, to) + "\n\n" + caption;
        mentions = RuleBasedFixture.extract(text);
    }

    @Test
    void findsThePersonsAndTheUnnamedVicePresident() {
        assertMention(mentions, 0, 3, PERSON, "오세훈");
        assertMention(mentions, 1010, 1013, PERSON, "최태원");
        assertMention(mentions, 56, 57, PERSON, "오");
        assertMention(mentions, 275, 289, PERSON, "MLB 국제사업총괄 부사장");
    }

    @Test
    void findsTheOrganizations() {
        assertMention(mentions, 123, 126, ORGANIZATION, "서울시"); // 서울시는 … 밝혔다
        assertMention(mentions, 847, 850, ORGANIZATION, "서울시"); // 서울시-MLB
        assertMention(mentions, 1032, 1039, ORGANIZATION, "대한상공회의소");
        assertMention(mentions, 1014, 1021, ORGANIZATION, "서울상공회의소");
        assertMention(mentions, 550, 557, ORGANIZATION, "서울바이오허브");
        assertMention(mentions, 559, 567, ORGANIZATION, "서울 AI 허브");
        assertMention(mentions, 437, 439, ORGANIZATION, "삼성");
        assertMention(mentions, 440, 442, ORGANIZATION, "LG");
        assertMention(mentions, 443, 448, ORGANIZATION, "현대자동차");
        assertMention(mentions, 251, 254, ORGANIZATION, "MLB");
        assertMention(mentions, 969, 979, ORGANIZATION, "라스베이거스 관광청");
        assertMention(mentions, 1080, 1084, ORGANIZATION, "연합뉴스");
    }

    @Test
    void findsThePlaces() {
        assertMention(mentions, 43, 45, PLACE, "미국");
        assertMention(mentions, 145, 152, PLACE, "미국 네바다주"); // a place qualified by its country is one name (CompoundNames)
        assertMention(mentions, 153, 159, PLACE, "라스베이거스");
        assertMention(mentions, 794, 800, PLACE, "고척스카이돔");
        assertMention(mentions, 923, 926, PLACE, "코엑스");
        assertMention(mentions, 530, 535, PLACE, "유레카파크");
        assertMention(mentions, 695, 700, PLACE, "유레카파크"); // 유레카파크 내: the same name elsewhere
        assertMention(mentions, 93, 95, PLACE, "서울"); // bare 서울 stays a place
    }

    @Test
    void findsTheTitlesWithTheirRoles() {
        assertEquals("시장", assertMention(mentions, 4, 8, TITLE, "서울시장").normalized());
        assertEquals("시장", assertMention(mentions, 58, 60, TITLE, "시장").normalized());
        assertEquals("회장", assertMention(mentions, 1022, 1024, TITLE, "회장").normalized());
        assertEquals("부사장", assertMention(mentions, 286, 289, TITLE, "부사장").normalized());
        assertEquals("kostat:11", assertMention(mentions, 4, 7, ORGANIZATION, "서울시").referenceId());
    }

    @Test
    void everyOffsetIndexesTheText() {
        Document doc = RuleBasedFixture.document(text);
        for (Mention m : mentions) {
            assertEquals(m.text(), doc.slice(m.start(), m.end()));
        }
        assertTrue(mentions.stream().noneMatch(m -> m.text().equals("한화")), "한화 약 104조 원 is a currency");
    }
}
