package officialskg.extract.relation;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static officialskg.extract.MentionType.EVENT;
import static officialskg.extract.MentionType.ORGANIZATION;
import static officialskg.extract.MentionType.PERSON;
import static officialskg.extract.MentionType.PLACE;
import static officialskg.extract.MentionType.TITLE;
import static officialskg.extract.relation.RuleRelationExtractorTest.describe;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Candidacies and players tied to the one election or competition their article names (ArticleCandidacies, ArticleCompetitors). */
class ArticleLevelParticipationTest {

    @Test
    void aCandidateOfTheArticlesOneElection() {
        MentionListBuilder b = new MentionListBuilder("미래통합당은 제 21대 국회의원 선거 관악갑 후보 김대호를 제명했다. "
                + "이어 9일에는 차명진 후보를 제명하기도 했다.");
        b.add("미래통합당", ORGANIZATION);
        int election = b.add("제 21대 국회의원 선거", EVENT);
        b.add("후보", TITLE);
        int kim = b.add("김대호", PERSON);
        int cha = b.add("차명진", PERSON);
        b.add("후보", TITLE, 2);
        Set<String> found = describe(b.extract());
        assertTrue(found.contains("candidateIn candidate=" + kim + " event=" + election), found.toString());
        assertTrue(found.contains("candidateIn candidate=" + cha + " event=" + election), found.toString());
    }

    @Test
    void partiesThatWonSeatsOrFieldedACandidateRanInTheOneElection() {
        MentionListBuilder b = new MentionListBuilder("7월 28일 재보궐선거에 한나라 5석\n재보궐선거에서 한나라당이 5석, "
                + "민주당이 3석을 확보했다. 자유선진당은 충남 천안을에서 후보 한 명을 냈지만 패배했다. 국민참여당은 논평을 냈다.");
        int election = b.add("7월 28일 재보궐선거", EVENT);
        b.add("재보궐선거", EVENT, 2);
        int gnp = b.add("한나라당", ORGANIZATION);
        int dp = b.add("민주당", ORGANIZATION);
        int lfp = b.add("자유선진당", ORGANIZATION);
        int other = b.add("국민참여당", ORGANIZATION);
        Set<String> found = describe(b.extract());
        for (int party : new int[] {gnp, dp, lfp}) {
            assertTrue(found.stream().anyMatch(s -> s.startsWith("candidateIn candidate=" + party + " ")), found.toString());
        }
        assertFalse(found.stream().anyMatch(s -> s.startsWith("candidateIn candidate=" + other + " ")), found.toString());
        assertTrue(found.contains("candidateIn candidate=" + lfp + " event=" + election), found.toString());
    }

    @Test
    void theSubjectStandingAsCandidateAfterTheElection() {
        MentionListBuilder b = new MentionListBuilder("민경욱은 대한민국 제21대 국회의원 선거 미래통합당 인천 연수구을 "
                + "후보로 출마했으나 낙선했다. 민경욱은 재검표를 요구했다.");
        int min = b.add("민경욱", PERSON);
        int election = b.add("제21대 국회의원 선거", EVENT);
        b.add("미래통합당", ORGANIZATION);
        Set<String> found = describe(b.extract());
        assertTrue(found.contains("candidateIn candidate=" + min + " event=" + election), found.toString());
    }

    @Test
    void twoElectionsNamedLeaveTheCandidateUnassigned() {
        MentionListBuilder b = new MentionListBuilder("문재인 후보는 서울지역 경선에서 1위를 차지했다. "
                + "그는 12월 대선에서 승리하겠다고 말했다. 손학규 후보는 승복했다.");
        b.add("문재인", PERSON);
        b.add("후보", TITLE);
        b.add("서울지역 경선", EVENT);
        b.add("12월 대선", EVENT);
        int sohn = b.add("손학규", PERSON);
        b.add("후보", TITLE, 2);
        assertFalse(describe(b.extract()).stream().anyMatch(s -> s.startsWith("candidateIn candidate=" + sohn)),
                describe(b.extract())::toString);
    }

    @Test
    void playersOfTheArticlesOneCompetition() {
        MentionListBuilder b = new MentionListBuilder("트리니다드 토바고에서 열린 2010년 FIFA U-17 여자 월드컵에서 "
                + "대한민국이 우승하였다. 대한민국은 전반 6분 이정은의 선제골로 앞서갔으나, 전반 11분 일본의 나오모토 히카루가 "
                + "중거리슛으로 동점골을 넣었다. 해설위원은 \"황영조의 금메달에 이어 또 메달\"이라고 말했다.");
        b.add("트리니다드 토바고", PLACE);
        int cup = b.add("2010년 FIFA U-17 여자 월드컵", EVENT);
        b.add("대한민국", PLACE);
        b.add("대한민국", PLACE, 2);
        int lee = b.add("이정은", PERSON);
        b.add("일본", PLACE);
        int naomoto = b.add("나오모토 히카루", PERSON);
        int hwang = b.add("황영조", PERSON);
        Set<String> found = describe(b.extract());
        assertTrue(found.contains("attends participant=" + lee + " event=" + cup), found.toString());
        assertTrue(found.contains("attends participant=" + naomoto + " event=" + cup), found.toString());
        // a medal inside a commentator's quotation is no play of this match
        assertFalse(found.contains("attends participant=" + hwang + " event=" + cup), found.toString());
    }

    @Test
    void twoCompetitionsNamedLeaveThePlayersUnassigned() {
        MentionListBuilder b = new MentionListBuilder("2008 베이징 올림픽에 이어 2022 베이징 동계 올림픽이 열렸다. "
                + "파이크 아브디가 출전했다.");
        b.add("2008 베이징 올림픽", EVENT);
        b.add("2022 베이징 동계 올림픽", EVENT);
        int abdi = b.add("파이크 아브디", PERSON);
        assertFalse(describe(b.extract()).stream().anyMatch(s -> s.contains("participant=" + abdi)),
                describe(b.extract())::toString);
    }

    @Test
    void oneCompetitionWrittenTwoWaysIsStillTheOne() {
        MentionListBuilder b = new MentionListBuilder("도쿄 올림픽이 개최되었다. 김제덕 선수는 금메달을 땄다. "
                + "대통령은 \"2020 도쿄올림픽 첫날 메달을 안겨준 선수들\"을 축하했다.");
        b.add("도쿄 올림픽", EVENT);
        int kim = b.add("김제덕", PERSON);
        b.add("선수", TITLE);
        int games = b.add("2020 도쿄올림픽", EVENT);
        Set<String> found = describe(b.extract());
        assertTrue(found.contains("attends participant=" + kim + " event=" + games), found.toString());
    }

    @Test
    void theSidesOfAPlayAndTheNameWrittenWithAWordLeftOut() {
        MentionListBuilder b = new MentionListBuilder("스웨덴, 2014월드컵 유럽예선 독일과 극적인 무승부\n"
                + "스웨덴 축구 국가대표팀이 베를린에서 열린 2014월드컵 유럽 지역 예선 독일과의 경기에서 비겼다. "
                + "스웨덴은 독일 공격수 미로슬라프 클로제에게 골을 내주고 전반은 3-0으로 마쳤다. "
                + "후반들어 메수트 외질이 골을 기록하며 독일은 4-0으로 승기를 잡았다.");
        b.add("2014월드컵 유럽예선", EVENT);
        b.add("스웨덴 축구 국가대표팀", ORGANIZATION);
        b.add("베를린", PLACE);
        int qualifier = b.add("2014월드컵 유럽 지역 예선", EVENT);
        int sweden = b.add("스웨덴", ORGANIZATION, 3);
        int klose = b.add("미로슬라프 클로제", PERSON);
        int ozil = b.add("메수트 외질", PERSON);
        Set<String> found = describe(b.extract());
        assertTrue(found.contains("attends participant=" + sweden + " event=" + qualifier), found.toString());
        assertTrue(found.contains("attends participant=" + klose + " event=" + qualifier), found.toString());
        assertTrue(found.contains("attends participant=" + ozil + " event=" + qualifier), found.toString());
    }

    @Test
    void theContestsOfAGamesLeaveTheGamesTheOne() {
        MentionListBuilder b = new MentionListBuilder("2020년 하계 올림픽이 열렸다. 남자 육상 마라톤이 열렸다. "
                + "오주한이 마라톤에 출전했다.");
        int games = b.add("2020년 하계 올림픽", EVENT);
        b.add("남자 육상 마라톤", EVENT);
        int oh = b.add("오주한", PERSON);
        Set<String> found = describe(b.extract());
        assertTrue(found.contains("attends participant=" + oh + " event=" + games), found.toString());
    }

    @Test
    void aPlayerDescribedByARelativeClauseIsNotTheSubjects() {
        MentionListBuilder b = new MentionListBuilder("2020년 하계 올림픽이 열렸다. MBC는 8월 8일 남자 육상 마라톤에 출전한 "
                + "오주한 선수는 선두권에 서 있던 선수였다고 전했다. 무라마쓰 도모코가 실축한 이후 경기가 끝났다.");
        int games = b.add("2020년 하계 올림픽", EVENT);
        int mbc = b.add("MBC", ORGANIZATION);
        int muramatsu = b.add("무라마쓰 도모코", PERSON);
        Set<String> found = describe(b.extract());
        assertFalse(found.contains("attends participant=" + mbc + " event=" + games), found.toString());
        assertTrue(found.contains("attends participant=" + muramatsu + " event=" + games), found.toString());
    }

    @Test
    void aPartyRunsThroughItsCandidate() {
        MentionListBuilder b = new MentionListBuilder("19대 대통령 선거 개표 결과 더불어민주당의 문재인 후보가 41.08%를 얻어 "
                + "당선되었다. 반면, 자유한국당 홍준표 후보는 23.03%를 얻었다.");
        int election = b.add("19대 대통령 선거", EVENT);
        int democrats = b.add("더불어민주당", ORGANIZATION);
        int moon = b.add("문재인", PERSON);
        b.add("후보", TITLE);
        int liberty = b.add("자유한국당", ORGANIZATION);
        int hong = b.add("홍준표", PERSON);
        b.add("후보", TITLE, 2);
        Set<String> found = describe(b.extract());
        for (int runner : new int[] {moon, democrats, hong, liberty}) {
            assertTrue(found.contains("candidateIn candidate=" + runner + " event=" + election), found.toString());
        }
    }

    @Test
    void aNomineeForOfficeMakesNoPartyRun() {
        // 후보자 is a nominee for a post, not a candidate in the election the sentence names
        MentionListBuilder b = new MentionListBuilder("21대 총선을 앞두고 국민의힘 김철수 장관 후보자가 청문회에 나왔다.");
        int election = b.add("21대 총선", EVENT);
        int party = b.add("국민의힘", ORGANIZATION);
        b.add("김철수", PERSON);
        b.add("장관 후보자", TITLE);
        Set<String> found = describe(b.extract());
        assertFalse(found.contains("candidateIn candidate=" + party + " event=" + election), found.toString());
    }

    @Test
    void theSettingFirstAndItsSubjectAfterAnUnnamedTopic() {
        MentionListBuilder b = new MentionListBuilder("이와같은 의견은 대한민국 제21대 국회의원 선거에서 미래통합당이 참패하자 "
                + "일부 유튜버들이 제기했다.");
        b.add("대한민국", PLACE);
        int election = b.add("제21대 국회의원 선거", EVENT);
        int party = b.add("미래통합당", ORGANIZATION);
        Set<String> found = describe(b.extract());
        assertTrue(found.contains("candidateIn candidate=" + party + " event=" + election), found.toString());
    }
}
