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
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Participation with roles: attends, organizes, candidateIn, speaksAt, boycotts (ParticipationRule, ParticipationCues). */
class ParticipationRuleTest {

    @Test
    void eventWrittenFirstAndAListClosedBy등() {
        MentionListBuilder b = new MentionListBuilder("발인식에는 오달수, 염정아, 윤유선 등 동료 배우들이 참석했다.");
        int funeral = b.add("발인식", EVENT);
        int oh = b.add("오달수", PERSON);
        int yeom = b.add("염정아", PERSON);
        int yoon = b.add("윤유선", PERSON);
        assertEquals(Set.of(
                "attends participant=" + oh + " event=" + funeral,
                "attends participant=" + yeom + " event=" + funeral,
                "attends participant=" + yoon + " event=" + funeral), describe(b.extract()));
    }

    @Test
    void thePersonSentToAnEventAttendsIt() {
        MentionListBuilder b = new MentionListBuilder("외교통상부는 “나이지리아 독립 50주년 기념 행사”에 정운찬 전 국무총리를 "
                + "대통령 특사로 파견할 예정이라고 밝혔다. 정부는 조문사절단을 파견했다.");
        int ministry = b.add("외교통상부", ORGANIZATION);
        int ceremony = b.add("나이지리아 독립 50주년 기념 행사", EVENT);
        int chung = b.add("정운찬", PERSON);
        b.add("국무총리", TITLE);
        b.add("특사", TITLE);
        Set<String> found = describe(b.extract());
        assertTrue(found.contains("attends participant=" + chung + " event=" + ceremony), found.toString());
        assertTrue(found.stream().noneMatch(f -> f.contains("participant=" + ministry)), found.toString());
    }

    @Test
    void anAddressIsGivenAtTheEventAttendedBeforeIt() {
        MentionListBuilder b = new MentionListBuilder("정운찬 특사는 수교 30주년 기념행사에 참석하여 축사를 할 계획이다.");
        int chung = b.add("정운찬", PERSON);
        b.add("특사", TITLE);
        int ceremony = b.add("수교 30주년 기념행사", EVENT);
        Set<String> found = describe(b.extract());
        assertTrue(found.contains("attends participant=" + chung + " event=" + ceremony), found.toString());
        assertTrue(found.contains("speaksAt speaker=" + chung + " event=" + ceremony), found.toString());
    }

    @Test
    void organizerOfAnEventWithAHeadNounAndAVenueBetween() {
        MentionListBuilder b = new MentionListBuilder("한국관광공사는 오는 9월18일 ‘희망 한국을 만드는 전통시장 가는 날’ 행사를 "
                + "서울 광장시장에서 개최한다고 밝혔다.");
        int kto = b.add("한국관광공사", ORGANIZATION);
        b.add("9월18일", DATE);
        int day = b.add("희망 한국을 만드는 전통시장 가는 날", EVENT);
        b.add("서울", PLACE);
        b.add("광장시장", PLACE);
        assertTrue(describe(b.extract()).contains("organizes organizer=" + kto + " event=" + day));
    }

    @Test
    void subjectOfAnAdnominalCueBeforeItsEvent() {
        MentionListBuilder b = new MentionListBuilder(
                "실비오 베를루스코니 이탈리아 총리가 참석하는 이번 EU 정상회의에서 최종 결정이 있을 것으로 예상된다.");
        int berlusconi = b.add("실비오 베를루스코니", PERSON);
        b.add("이탈리아", PLACE);
        b.add("총리", TITLE);
        int summit = b.add("EU 정상회의", EVENT);
        assertTrue(describe(b.extract()).contains("attends participant=" + berlusconi + " event=" + summit));
    }

    @Test
    void candidateSpeakerAndBoycotter() {
        MentionListBuilder b = new MentionListBuilder("김대호 후보는 제21대 국회의원 선거에 출마했다. "
                + "박 장관은 서울 이노베이션 포럼 2024에서 기조연설을 했다. 국민의힘은 제22대 국회 개원식에 불참했다.");
        int kim = b.add("김대호", PERSON);
        int election = b.add("제21대 국회의원 선거", EVENT);
        int lee = b.add("박", PERSON);
        int minister = b.add("장관", TITLE);
        int forum = b.add("서울 이노베이션 포럼 2024", EVENT);
        int ppp = b.add("국민의힘", ORGANIZATION);
        int opening = b.add("제22대 국회 개원식", EVENT);
        assertEquals(Set.of(
                "candidateIn candidate=" + kim + " event=" + election,
                "holdsPosition holder=" + lee + " title=" + minister + " current",
                "speaksAt speaker=" + lee + " event=" + forum,
                "boycotts boycotter=" + ppp + " event=" + opening), describe(b.extract()));
    }

    @Test
    void aDeniedCueStatesNothing() {
        MentionListBuilder b = new MentionListBuilder("김철수 의원은 새누리당 최고위원회의에 참석하지 않았다.");
        b.add("김철수", PERSON);
        b.add("의원", TITLE);
        b.add("새누리당 최고위원회의", EVENT);
        assertTrue(describe(b.extract()).stream().noneMatch(r -> r.startsWith("attends")));
    }

    @Test
    void everyoneOfAListWithTitlesAttends() {
        MentionListBuilder b = new MentionListBuilder("손경식 한국경영자총협회 회장과 구자열 한국무역협회 회장, 김기문 "
                + "중소기업중앙회 회장 등이 경제계 신년인사회에 참석했다.");
        int son = b.add("손경식", PERSON);
        b.add("한국경영자총협회", ORGANIZATION);
        b.add("회장", TITLE, 1);
        int koo = b.add("구자열", PERSON);
        b.add("한국무역협회", ORGANIZATION);
        b.add("회장", TITLE, 2);
        int kim = b.add("김기문", PERSON);
        b.add("중소기업중앙회", ORGANIZATION);
        b.add("회장", TITLE, 3);
        int party = b.add("경제계 신년인사회", EVENT);
        Set<String> found = describe(b.extract());
        for (int who : new int[]{son, koo, kim}) {
            assertTrue(found.contains("attends participant=" + who + " event=" + party), who + " in " + found);
        }
    }

    @Test
    void relativeClauseDescribesTheAttendee() {
        MentionListBuilder b = new MentionListBuilder("에티오피아 총리 장례식에 참석한 김성환 외교통상부 장관은 귀국했다.");
        b.add("에티오피아", PLACE);
        int funeral = b.add("에티오피아 총리 장례식", EVENT);
        int kim = b.add("김성환", PERSON);
        b.add("외교통상부", ORGANIZATION);
        b.add("장관", TITLE);
        assertTrue(describe(b.extract()).contains("attends participant=" + kim + " event=" + funeral));
    }

    @Test
    void aBodyOrganizesTheEventNamedAfterIt() {
        MentionListBuilder b = new MentionListBuilder("철도노조는 파업 사흘째를 맞았다. 철도노조 파업이 길어지고 있다.");
        int union = b.add("철도노조", ORGANIZATION);
        int strike = b.add("철도노조 파업", EVENT);
        assertTrue(describe(b.extract()).contains("organizes organizer=" + union + " event=" + strike));
        MentionListBuilder summit = new MentionListBuilder("한미 정상회담이 열렸다. 한국은 준비했다.");
        summit.add("한미 정상회담", EVENT);
        summit.add("한국", ORGANIZATION);
        assertTrue(describe(summit.extract()).isEmpty(), "a summit is no body's own event");
    }

    @Test
    void aTeamThatWonACompetitionAndPeopleWhoJoinedADeclarationTookPart() {
        MentionListBuilder b = new MentionListBuilder("대한민국 대표팀, 2010년 FIFA U-17 여자 월드컵 우승");
        int team = b.add("대한민국 대표팀", ORGANIZATION);
        int cup = b.add("2010년 FIFA U-17 여자 월드컵", EVENT);
        assertTrue(describe(b.extract()).contains("attends participant=" + team + " event=" + cup),
                describe(b.extract())::toString);
        MentionListBuilder c = new MentionListBuilder("리영희는 천관우, 장용학 등과 함께 1974년 민주회복국민선언에 가담하였다.");
        int lee = c.add("리영희", PERSON);
        c.add("천관우", PERSON);
        c.add("장용학", PERSON);
        c.add("1974년", DATE);
        int declaration = c.add("민주회복국민선언", EVENT);
        assertTrue(describe(c.extract()).contains("attends participant=" + lee + " event=" + declaration),
                describe(c.extract())::toString);
    }

    @Test
    void theAthleteAnAdnominalCueDescribesCompetes() {
        // 출전한 is read as 출전/NNG + 한/MM ("one"); the adnominal form still describes the athlete after it
        MentionListBuilder b = new MentionListBuilder("MBC는 8월 8일 남자 육상 마라톤에 출전한 오주한 선수는 초반에는 선두권에 "
                + "서 있던 선수였다.");
        int mbc = b.add("MBC", ORGANIZATION);
        b.add("8월 8일", DATE);
        int marathon = b.add("남자 육상 마라톤", EVENT);
        int oh = b.add("오주한", PERSON);
        b.add("선수", TITLE);
        Set<String> found = describe(b.extract());
        assertTrue(found.contains("attends participant=" + oh + " event=" + marathon), found.toString());
        assertTrue(found.stream().noneMatch(f -> f.contains("participant=" + mbc)), found.toString());
    }

    @Test
    void theSpeakerAnAddressWrittenAsAnObjectDescribes() {
        MentionListBuilder b = new MentionListBuilder("광복절 행사에서 축사를 맡은 김원웅 광복회장의 발언이 화제가 됐다.");
        int day = b.add("광복절 행사", EVENT);
        int kim = b.add("김원웅", PERSON);
        b.add("광복회장", TITLE);
        assertTrue(describe(b.extract()).contains("speaksAt speaker=" + kim + " event=" + day));
    }

    @Test
    void whoCompetesInAPartOfTheGamesTakesPartInTheGames() {
        MentionListBuilder b = new MentionListBuilder("대한민국의 우하람 선수가 2020년 하계 올림픽의 3m 스프링보드 경기에서 "
                + "준수한 성적을 거둬 결승에 올랐다. 우하람은 이어 남자 다이빙 10m 플랫폼 경기를 치르게 되었다.");
        b.add("대한민국", PLACE);
        int woo = b.add("우하람", PERSON);
        b.add("선수", TITLE);
        int games = b.add("2020년 하계 올림픽", EVENT);
        int springboard = b.add("3m 스프링보드", EVENT);
        int again = b.add("우하람", PERSON, 2);
        int platform = b.add("남자 다이빙 10m 플랫폼", EVENT);
        assertEquals(Set.of(
                "attends participant=" + woo + " event=" + springboard,
                "attends participant=" + woo + " event=" + games,
                "attends participant=" + again + " event=" + platform),
                describe(b.extract()).stream().filter(f -> f.startsWith("attends")).collect(
                        java.util.stream.Collectors.toSet()));
    }

    @Test
    void aPluralPronounPointsAtThePersonsOfTheSentenceBefore() {
        MentionListBuilder b = new MentionListBuilder("첫 금메달을 딴 선수들은 김제덕(17·경북일고), 안산(20·광주여대)이었다. "
                + "이들은 지난 24일 유메노시마 양궁장에서 열린 올림픽 양궁 혼성단체전 결승전에 참가했다. "
                + "그는 결승전을 지켜봤다.");
        int kim = b.add("김제덕", PERSON);
        b.add("경북일고", ORGANIZATION);
        int an = b.add("안산", PERSON);
        b.add("광주여대", ORGANIZATION);
        b.add("지난 24일", DATE);
        b.add("유메노시마 양궁장", PLACE);
        int mixed = b.add("올림픽 양궁 혼성단체전", EVENT);
        Set<String> found = describe(b.extract());
        assertTrue(found.contains("attends participant=" + kim + " event=" + mixed), found.toString());
        assertTrue(found.contains("attends participant=" + an + " event=" + mixed), found.toString());
    }

    @Test
    void aSingularPronounPointsAtTheNamedSubjectBefore() {
        MentionListBuilder b = new MentionListBuilder("정의선 회장은 이날 양궁장을 찾았다. 그는 이어 열린 시상식에 참석했다.");
        int chung = b.add("정의선", PERSON);
        b.add("회장", TITLE);
        int ceremony = b.add("시상식", EVENT);
        assertTrue(describe(b.extract()).contains("attends participant=" + chung + " event=" + ceremony));
    }

    @Test
    void aPronounInANewParagraphPointsAtNobody() {
        MentionListBuilder b = new MentionListBuilder("정의선 회장은 이날 양궁장을 찾았다.\n\n그는 이어 열린 시상식에 참석했다.");
        b.add("정의선", PERSON);
        b.add("회장", TITLE);
        b.add("시상식", EVENT);
        assertTrue(describe(b.extract()).stream().noneMatch(f -> f.startsWith("attends")));
    }

    @Test
    void theBodyAnAdnominalOrganizerCueDescribesHoldsTheEvent() {
        MentionListBuilder b = new MentionListBuilder("또한 문체부는 “비록 전국학생만화공모전을 주최한 만화영상진흥원이 부천시 "
                + "소속 재단법인이지만, 정부 예산이 지원되고 있다”고 밝혔다.");
        int ministry = b.add("문체부", ORGANIZATION);
        int contest = b.add("전국학생만화공모전", EVENT);
        int agency = b.add("만화영상진흥원", ORGANIZATION);
        b.add("부천시", PLACE);
        Set<String> found = describe(b.extract());
        assertTrue(found.contains("organizes organizer=" + agency + " event=" + contest), found.toString());
        assertTrue(found.stream().noneMatch(f -> f.contains("organizer=" + ministry)), found.toString());
    }

    @Test
    void theyAttendTheEventTheirWhileClauseSetsTheSceneOf() {
        MentionListBuilder b = new MentionListBuilder("‘2024 서울 국제 포럼’이 오세훈 서울시장과 최태원 대한상의 회장이 참석한 "
                + "가운데 20일 서울시청에서 열렸다.");
        int forum = b.add("2024 서울 국제 포럼", EVENT);
        int oh = b.add("오세훈", PERSON);
        b.add("서울시장", TITLE);
        int chey = b.add("최태원", PERSON);
        b.add("대한상의", ORGANIZATION);
        b.add("회장", TITLE);
        b.add("20일", DATE);
        b.add("서울시청", PLACE);
        Set<String> found = describe(b.extract());
        assertTrue(found.contains("attends participant=" + oh + " event=" + forum), found.toString());
        assertTrue(found.contains("attends participant=" + chey + " event=" + forum), found.toString());
    }

    @Test
    void whoChairsTheMeetingItIsHeldUnder() {
        MentionListBuilder b = new MentionListBuilder("윤석열 대통령 주재로 열린 비상경제민생회의에서 추경호 부총리가 대책을 보고했다.");
        int yoon = b.add("윤석열", PERSON);
        b.add("대통령", TITLE);
        int meeting = b.add("비상경제민생회의", EVENT);
        int choo = b.add("추경호", PERSON);
        b.add("부총리", TITLE);
        Set<String> found = describe(b.extract());
        assertTrue(found.contains("organizes organizer=" + yoon + " event=" + meeting), found.toString());
        assertTrue(found.contains("attends participant=" + choo + " event=" + meeting), found.toString());
    }

    @Test
    void joiningAnEventIsAttendingIt() {
        MentionListBuilder b = new MentionListBuilder("개막식에는 김동연 경기지사와 유정복 인천시장도 함께했다.");
        int opening = b.add("개막식", EVENT);
        int kim = b.add("김동연", PERSON);
        b.add("경기지사", TITLE);
        int yoo = b.add("유정복", PERSON);
        b.add("인천시장", TITLE);
        Set<String> found = describe(b.extract());
        assertTrue(found.contains("attends participant=" + kim + " event=" + opening), found.toString());
        assertTrue(found.contains("attends participant=" + yoo + " event=" + opening), found.toString());
    }

    @Test
    void anOpeningAddressIsSpeakingAndWhoCameWithTheListedAttendsToo() {
        MentionListBuilder b = new MentionListBuilder("개막식에는 홍 시장과 함께 김철수 차관 등 300여 명이 참석했다. "
                + "홍준표 시장은 개막식에서 개회사를 했다.");
        int opening = b.add("개막식", EVENT);
        int hong = b.add("홍", PERSON);
        b.add("시장", TITLE);
        int kim = b.add("김철수", PERSON);
        b.add("차관", TITLE);
        int hongFull = b.add("홍준표", PERSON);
        b.add("시장", TITLE, 2);
        int again = b.add("개막식", EVENT, 2);
        Set<String> found = describe(b.extract());
        assertTrue(found.contains("attends participant=" + kim + " event=" + opening), found.toString());
        assertTrue(found.contains("attends participant=" + hong + " event=" + opening), found.toString());
        assertTrue(found.contains("speaksAt speaker=" + hongFull + " event=" + again), found.toString());
    }

    @Test
    void aPersonsAbsenceIsABoycottOnlyWhenDeclared() {
        MentionListBuilder b = new MentionListBuilder("트럼프는 이 날 개관식에는 불참하였으나 축전 영상을 전달했다. "
                + "김철수 의원은 개관식에 불참을 선언했다.");
        int trump = b.add("트럼프", PERSON);
        b.add("개관식", EVENT);
        int party = b.add("김철수", PERSON);
        b.add("의원", TITLE);
        int again = b.add("개관식", EVENT, 2);
        Set<String> found = describe(b.extract());
        assertTrue(found.stream().noneMatch(f -> f.contains("boycotter=" + trump)), found.toString());
        assertTrue(found.contains("boycotts boycotter=" + party + " event=" + again), found.toString());
    }
}
