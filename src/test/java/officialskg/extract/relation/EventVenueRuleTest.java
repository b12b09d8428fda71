package officialskg.extract.relation;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static officialskg.extract.MentionType.DATE;
import static officialskg.extract.MentionType.EVENT;
import static officialskg.extract.MentionType.ORGANIZATION;
import static officialskg.extract.MentionType.PERSON;
import static officialskg.extract.MentionType.PLACE;
import static officialskg.extract.MentionType.TITLE;
import static officialskg.extract.relation.RuleRelationExtractorTest.describe;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The subject of a clause set at an event took part in it (EventVenueRule). */
class EventVenueRuleTest {

    @Test
    void aSpeakerAtASessionPastAHeadNoun() {
        MentionListBuilder b = new MentionListBuilder(
                "더불어민주당 추미애 대표는 제78차 최고위원회의 모두발언에서 \"명백한 주권침해다\"라고 말했다.");
        b.add("더불어민주당", ORGANIZATION);
        int choo = b.add("추미애", PERSON);
        b.add("대표", TITLE);
        int meeting = b.add("제78차 최고위원회의", EVENT);
        assertTrue(describe(b.extract()).contains("attends participant=" + choo + " event=" + meeting),
                describe(b.extract()).toString());
    }

    @Test
    void aWinnerAtAHeldEventAndABodyAtItsCouncil() {
        MentionListBuilder b = new MentionListBuilder("문재인 후보는 16일 경기도 고양체육관에서 열린 서울지역 경선에서 "
                + "1위를 차지했다. 유럽연합은 13일 열린 일반관계이사회에서 승인 결정을 유보했다.");
        int moon = b.add("문재인", PERSON);
        b.add("후보", TITLE);
        b.add("16일", DATE);
        b.add("경기도", PLACE);
        b.add("고양체육관", PLACE);
        int primary = b.add("서울지역 경선", EVENT);
        int eu = b.add("유럽연합", ORGANIZATION);
        b.add("13일", DATE);
        int council = b.add("일반관계이사회", EVENT);
        Set<String> found = describe(b.extract());
        assertTrue(found.contains("candidateIn candidate=" + moon + " event=" + primary), found.toString());
        assertTrue(found.contains("attends participant=" + eu + " event=" + council), found.toString());
    }

    @Test
    void noSubjectBeforeTheEventOrNoSettingParticleStatesNothing() {
        MentionListBuilder b = new MentionListBuilder("서울 이노베이션 포럼에서 나온 제안을 김민수 교수가 비판했다.");
        int forum = b.add("서울 이노베이션 포럼", EVENT);
        int kim = b.add("김민수", PERSON);
        b.add("교수", TITLE);
        assertFalse(describe(b.extract()).contains("attends participant=" + kim + " event=" + forum));
        MentionListBuilder c = new MentionListBuilder("김민수 교수는 서울 이노베이션 포럼을 비판했다.");
        c.add("김민수", PERSON);
        c.add("교수", TITLE);
        c.add("서울 이노베이션 포럼", EVENT);
        assertEquals(Set.of(), Set.copyOf(describe(c.extract()).stream().filter(s -> s.startsWith("attends")).toList()));
    }

    @Test
    void theSettingFirstAndItsSubjectAfterIt() {
        MentionListBuilder b = new MentionListBuilder(
                "2012년 11월 6일 치뤄진 미국 대통령 선거에서 버락 오바마가 공화당 후보 밋 롬니를 이기고 승리하였다.");
        b.add("2012년 11월 6일", DATE);
        int election = b.add("미국 대통령 선거", EVENT);
        int obama = b.add("버락 오바마", PERSON);
        b.add("공화당", ORGANIZATION);
        b.add("후보", TITLE);
        b.add("밋 롬니", PERSON);
        assertTrue(describe(b.extract()).contains("candidateIn candidate=" + obama + " event=" + election),
                describe(b.extract()).toString());
    }

    @Test
    void aCandidateWrittenAsAPostInASentenceNamingTheElection() {
        MentionListBuilder b = new MentionListBuilder(
                "제명당한 의원은 차명진 미래통합당 제21대 국회의원 선거 경기도 부천병 후보였다.");
        int cha = b.add("차명진", PERSON);
        b.add("미래통합당", ORGANIZATION);
        int election = b.add("제21대 국회의원 선거", EVENT);
        b.add("경기도", PLACE);
        b.add("후보", TITLE);
        Set<String> found = describe(b.extract());
        assertTrue(found.contains("candidateIn candidate=" + cha + " event=" + election), found.toString());
    }

    @Test
    void aCandidateWhoseElectionIsNamedAfterThePost() {
        MentionListBuilder b = new MentionListBuilder("서울지역 경선에서 이겼다. 문재인 후보는 이날 수락 연설에서 "
                + "“12월 대선에서 반드시 승리하겠다”고 말했다.");
        b.add("서울지역 경선", EVENT);
        int moon = b.add("문재인", PERSON);
        b.add("후보", TITLE);
        int election = b.add("12월 대선", EVENT);
        Set<String> found = describe(b.extract());
        assertTrue(found.contains("candidateIn candidate=" + moon + " event=" + election), found.toString());
    }

    @Test
    void theSettingFirstWithAComplexPostpositionBeforeTheSubject() {
        MentionListBuilder b = new MentionListBuilder("6일 열린 국회 국방위 전체 회의에서 배치 시기에 관한 질문에 대해 "
                + "한민구 국방부 장관은 \"말씀드리는 것은 제한된다\"고 말했다.");
        b.add("6일", DATE);
        int hearing = b.add("국회 국방위 전체 회의", EVENT);
        int han = b.add("한민구", PERSON);
        b.add("국방부", ORGANIZATION);
        b.add("장관", TITLE);
        assertTrue(describe(b.extract()).contains("attends participant=" + han + " event=" + hearing),
                describe(b.extract())::toString);
    }

    @Test
    void theOccasionThisPlacePointsBackAt() {
        MentionListBuilder b = new MentionListBuilder("개관식 전날 전야제가 열렸는데, 이 자리에서 베냐민 네타냐후 이스라엘 총리는 "
                + "다른 나라도 대사관을 이전해 줄 것을 요청하였다.");
        b.add("개관식", EVENT);
        int eve = b.add("전야제", EVENT);
        int netanyahu = b.add("베냐민 네타냐후", PERSON);
        b.add("이스라엘", PLACE);
        b.add("총리", TITLE);
        Set<String> found = describe(b.extract());
        assertTrue(found.contains("attends participant=" + netanyahu + " event=" + eve), found.toString());
        assertTrue(found.stream().noneMatch(f -> f.startsWith("attends") && !f.contains("event=" + eve)),
                found.toString());
    }

    @Test
    void noOneTakesPartInAnAffair() {
        MentionListBuilder b = new MentionListBuilder("박근혜-최순실 게이트 재판에서 이재용 부회장이 증언했다.");
        b.add("박근혜-최순실 게이트", EVENT);
        b.add("이재용", PERSON);
        b.add("부회장", TITLE);
        assertTrue(describe(b.extract()).stream().noneMatch(f -> f.startsWith("attends")));
    }
}
