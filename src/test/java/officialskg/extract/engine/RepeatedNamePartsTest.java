package officialskg.extract.engine;

import officialskg.extract.Mention;
import officialskg.extract.MentionType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static officialskg.extract.MentionType.PERSON;
import static officialskg.extract.MentionType.TITLE;
import static officialskg.extract.RuleBasedFixture.assertMention;
import static officialskg.extract.RuleBasedFixture.assertNoMention;
import static officialskg.extract.RuleBasedFixture.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The last part of a foreign name, written alone after the full name, through the real rule-based engine. */
class RepeatedNamePartsTest {

    @Test
    void theFamilyNameAloneIsThePersonAgain() {
        // a name the gazetteer does not know (트럼프 it knows, as the short form of 도널드 트럼프)
        List<Mention> m = extract("라이언 크로커 대사는 10일 방한했다. 크로커는 이어 국회를 찾았다.");
        assertMention(m, 0, 7, PERSON, "라이언 크로커");
        Mention again = assertMention(m, 22, 25, PERSON, "크로커");
        assertEquals(RepeatedNameParts.NAME, again.extractor());
        assertTrue(again.confidence() <= 0.7, again.toString());
        // inside the full name it is not repeated as a mention of its own
        assertEquals(0, m.stream().filter(x -> x.type() == PERSON && x.start() == 4).count());
    }

    @Test
    void theLastWordOfAnUnnamedPostHolderIsThePostNotAName() {
        List<Mention> m = extract("청와대 민정수석이 발표했다. 민정수석은 답하지 않았다.");
        assertMention(m, 0, 8, PERSON, "청와대 민정수석");
        assertMention(m, 4, 8, TITLE, "민정수석");
        assertNoMention(m.stream().filter(x -> x.start() > 8).toList(), "민정수석", PERSON);
    }

    @Test
    void aKoreanNameOfOneWordIsLeftToTheResolver() {
        List<Mention> m = extract("오세훈 서울시장은 8일 출국했다. 세훈은 답했다.");
        assertNoMention(m, "세훈", PERSON);
    }
}
