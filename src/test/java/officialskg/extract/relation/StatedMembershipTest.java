package officialskg.extract.relation;

import org.junit.jupiter.api.Test;

import static officialskg.extract.MentionType.DATE;
import static officialskg.extract.MentionType.ORGANIZATION;
import static officialskg.extract.MentionType.PERSON;
import static officialskg.extract.MentionType.TITLE;
import static officialskg.extract.relation.RuleRelationExtractorTest.describe;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A membership is stated, not inferred from closeness: administrations and bodies acting on a person. */
class StatedMembershipTest {

    @Test
    void aLeadersNameBeforeGovernmentNamesTheAdministration() {
        MentionListBuilder b = new MentionListBuilder("이 부분에는 이승만 정부의 친일 청산과 북한, 독일에 대한 비교가 있다.");
        b.add("이승만", PERSON);
        b.add("정부", ORGANIZATION);
        assertFalse(describe(b.extract()).stream().anyMatch(r -> r.startsWith("memberOf")), describe(b.extract())::toString);
    }

    @Test
    void aBodyAsTopicAndAPersonAsSubjectStateNoMembership() {
        MentionListBuilder b = new MentionListBuilder("OSEN은 안영명이 2월 18일 훈련지로 이동할 때 합류할 예정이라고 전했다.");
        b.add("OSEN", ORGANIZATION);
        b.add("안영명", PERSON);
        b.add("2월 18일", DATE);
        assertFalse(describe(b.extract()).stream().anyMatch(r -> r.startsWith("memberOf")), describe(b.extract())::toString);
    }

    @Test
    void aPartyBeforeANamedMemberWithARoleIsStillAMembership() {
        MentionListBuilder b = new MentionListBuilder("정의당 장혜영 의원은 이날 차별금지법을 설명했다.");
        int party = b.add("정의당", ORGANIZATION);
        int jang = b.add("장혜영", PERSON);
        b.add("의원", TITLE);
        var found = describe(b.extract());
        assertTrue(found.stream().anyMatch(r -> r.contains("holder=" + jang) && r.contains("organization=" + party)
                || r.equals("memberOf member=" + jang + " organization=" + party)), found::toString);
    }
}
