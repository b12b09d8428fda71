package officialskg.extract.relation;

import officialskg.extract.Relation;
import officialskg.extract.RelationType;
import org.junit.jupiter.api.Test;

import java.util.List;
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

/** Sentence shapes beyond the seed: statuses, parties, meetings, calls, visits, organizers. */
class RelationShapesTest {

    @Test
    void mayorOfBusanNameFirst() {
        MentionListBuilder b = new MentionListBuilder("박형준 부산시장은 16일 시청에서 기자회견을 열었다.");
        int park = b.add("박형준", PERSON);
        int mayor = b.add("부산시장", TITLE, 1, "시장");
        assertEquals(Set.of("holdsPosition holder=" + park + " title=" + mayor + " current"), describe(b.extract()));
    }

    @Test
    void formerMinisterWithBodyBeforeTheTitle() {
        MentionListBuilder b = new MentionListBuilder("정동영 전 통일부 장관은 이날 기자들과 만나 입장을 밝혔다.");
        int chung = b.add("정동영", PERSON);
        int ministry = b.add("통일부", ORGANIZATION);
        int minister = b.add("장관", TITLE);
        assertEquals(Set.of("holdsPosition holder=" + chung + " title=" + minister + " organization=" + ministry
                + " former"), describe(b.extract()));
    }

    @Test
    void formerMinisterTitleFirst() {
        MentionListBuilder b = new MentionListBuilder("전 통일부 장관 정동영 의원이 기자회견을 했다.");
        int ministry = b.add("통일부", ORGANIZATION);
        int minister = b.add("장관", TITLE);
        int chung = b.add("정동영", PERSON);
        int lawmaker = b.add("의원", TITLE);
        assertEquals(Set.of(
                "holdsPosition holder=" + chung + " title=" + minister + " organization=" + ministry + " former",
                "holdsPosition holder=" + chung + " title=" + lawmaker + " current"), describe(b.extract()));
    }

    @Test
    void mayorElect() {
        MentionListBuilder b = new MentionListBuilder("오세훈 서울시장 당선인은 2일 인수위원회를 꾸렸다.");
        int oh = b.add("오세훈", PERSON);
        int mayor = b.add("서울시장", TITLE);
        assertEquals(Set.of("holdsPosition holder=" + oh + " title=" + mayor + " elect"), describe(b.extract()));
    }

    @Test
    void primeMinisterNomineeBeforeAHearingAndActingPresident() {
        MentionListBuilder b = new MentionListBuilder(
                "한덕수 대통령 권한대행은 김민석 국무총리 후보자의 인사청문회를 앞두고 국회를 찾았다.");
        int han = b.add("한덕수", PERSON);
        int president = b.add("대통령", TITLE);
        int kim = b.add("김민석", PERSON);
        int premier = b.add("국무총리", TITLE);
        int assembly = b.add("국회", ORGANIZATION);
        assertEquals(Set.of(
                "holdsPosition holder=" + han + " title=" + president + " acting",
                "holdsPosition holder=" + kim + " title=" + premier + " nominee",
                "visits visitor=" + han + " place=" + assembly), describe(b.extract()));
    }

    @Test
    void partyCandidateInAnElection() {
        MentionListBuilder b = new MentionListBuilder("국민의힘 김철수 서울시장 후보는 지방선거를 앞두고 유세를 시작했다.");
        int party = b.add("국민의힘", ORGANIZATION);
        int kim = b.add("김철수", PERSON);
        int mayor = b.add("서울시장", TITLE);
        assertEquals(Set.of(
                "memberOf member=" + kim + " organization=" + party,
                "holdsPosition holder=" + kim + " title=" + mayor + " candidate"), describe(b.extract()));
    }

    @Test
    void partyMembershipWithSosok() {
        MentionListBuilder b = new MentionListBuilder("더불어민주당 소속 이영희 의원이 법안을 대표 발의했다.");
        int party = b.add("더불어민주당", ORGANIZATION);
        int lee = b.add("이영희", PERSON);
        int lawmaker = b.add("의원", TITLE);
        assertEquals(Set.of(
                "memberOf member=" + lee + " organization=" + party,
                "holdsPosition holder=" + lee + " title=" + lawmaker + " current"), describe(b.extract()));
    }

    @Test
    void summitMeetingWithTheOtherPartyBeforeTheEventNoun() {
        MentionListBuilder b = new MentionListBuilder("윤석열 대통령은 조 바이든 미국 대통령과 한미 정상회담을 가졌다.");
        int yoon = b.add("윤석열", PERSON);
        int president = b.add("대통령", TITLE);
        int biden = b.add("조 바이든", PERSON);
        int usa = b.add("미국", PLACE);
        int usPresident = b.add("대통령", TITLE, 2);
        int summit = b.add("한미 정상회담", EVENT);
        // the two who met took part in the summit the sentence names (MeetingEventRule)
        assertEquals(Set.of(
                "holdsPosition holder=" + yoon + " title=" + president + " current",
                "holdsPosition holder=" + biden + " title=" + usPresident + " organization=" + usa + " current",
                "meets person=" + yoon + " other=" + biden,
                "attends participant=" + yoon + " event=" + summit,
                "attends participant=" + biden + " event=" + summit), describe(b.extract()));
    }

    @Test
    void phoneCallAndTwoPartyTalks() {
        MentionListBuilder call = new MentionListBuilder("정동영 장관은 윤석열 대통령과 통화했다.");
        int chung = call.add("정동영", PERSON);
        call.add("장관", TITLE);
        int yoon = call.add("윤석열", PERSON);
        call.add("대통령", TITLE);
        assertTrue(describe(call.extract()).contains("meets person=" + chung + " other=" + yoon));

        MentionListBuilder headline = new MentionListBuilder("윤석열 대통령, 기시다 후미오 일본 총리와 통화…\"협력 강화\"");
        int president = headline.add("윤석열", PERSON);
        headline.add("대통령", TITLE);
        int kishida = headline.add("기시다 후미오", PERSON);
        headline.add("일본", PLACE);
        headline.add("총리", TITLE);
        assertTrue(describe(headline.extract()).contains("meets person=" + president + " other=" + kishida));

        MentionListBuilder talks = new MentionListBuilder("이재명 대표와 한동훈 대표가 국회에서 회동했다.");
        int lee = talks.add("이재명", PERSON);
        talks.add("대표", TITLE);
        int han = talks.add("한동훈", PERSON);
        talks.add("대표", TITLE, 2);
        talks.add("국회", ORGANIZATION);
        List<Relation> relations = talks.extract();
        assertEquals(1, relations.stream().filter(r -> r.type() == RelationType.MEETS).count());
        assertTrue(describe(relations).contains("meets person=" + lee + " other=" + han)
                || describe(relations).contains("meets person=" + han + " other=" + lee));
    }

    @Test
    void twoPeopleInOneSentenceWhoDoNotMeet() {
        MentionListBuilder b = new MentionListBuilder("김영수 장관은 이날 오전 세종청사에서 회의를 주재했고, 박민수 차관은 국회에 출석했다.");
        b.add("김영수", PERSON);
        b.add("장관", TITLE);
        b.add("박민수", PERSON);
        b.add("차관", TITLE);
        b.add("국회", ORGANIZATION);
        assertEquals(0, b.extract().stream().filter(r -> r.type() == RelationType.MEETS).count());
    }

    @Test
    void stateVisitToACityOfACountry() {
        MentionListBuilder b = new MentionListBuilder("김정은 국무위원장이 러시아 블라디보스토크를 방문했다.");
        int kim = b.add("김정은", PERSON);
        int chairman = b.add("국무위원장", TITLE);
        int russia = b.add("러시아", PLACE);
        int city = b.add("블라디보스토크", PLACE);
        assertEquals(Set.of(
                "holdsPosition holder=" + kim + " title=" + chairman + " current",
                "visits visitor=" + kim + " place=" + city,
                "visits visitor=" + kim + " place=" + russia), describe(b.extract()));
    }

    @Test
    void bodyUnderABodyAndAnOrganizedEvent() {
        MentionListBuilder b = new MentionListBuilder("서울시 산하 서울바이오허브는 서울시가 주최한 ‘서울 스마트 라이프 위크’에 참가한다.");
        int city = b.add("서울시", ORGANIZATION);
        int hub = b.add("서울바이오허브", ORGANIZATION);
        int cityAgain = b.add("서울시", ORGANIZATION, 2);
        int week = b.add("서울 스마트 라이프 위크", EVENT);
        assertEquals(Set.of(
                "memberOf member=" + hub + " organization=" + city,
                "organizes organizer=" + cityAgain + " event=" + week,
                "attends participant=" + hub + " event=" + week), describe(b.extract()));
    }

    @Test
    void encyclopedicCopulaWithABracketedAsideAfterTheName() {
        MentionListBuilder b = new MentionListBuilder(
                "김민수(1985년 3월 2일 ~)는 대한민국의 축구 선수이며, 현재 전북 현대 모터스의 미드필더이다.");
        int kim = b.add("김민수", PERSON);
        int player = b.add("축구 선수", TITLE);
        int club = b.add("전북 현대 모터스", ORGANIZATION);
        int midfielder = b.add("미드필더", TITLE);
        assertEquals(Set.of(
                "holdsPosition holder=" + kim + " title=" + player + " current",
                "holdsPosition holder=" + kim + " title=" + midfielder + " organization=" + club + " current"),
                describe(b.extract()));
    }

    @Test
    void membershipsWithoutATitleMention() {
        MentionListBuilder agency = new MentionListBuilder("아이유 소속사 EDAM엔터테인먼트는 19일 공식 입장을 냈다.");
        int iu = agency.add("아이유", PERSON);
        int edam = agency.add("EDAM엔터테인먼트", ORGANIZATION);
        assertEquals(Set.of("memberOf member=" + iu + " organization=" + edam), describe(agency.extract()));

        MentionListBuilder club = new MentionListBuilder("첼시 FC에서 뛰고 있는 김철수가 결승골을 넣었다.");
        int chelsea = club.add("첼시 FC", ORGANIZATION);
        int kim = club.add("김철수", PERSON);
        assertEquals(Set.of("memberOf member=" + kim + " organization=" + chelsea), describe(club.extract()));

        MentionListBuilder head = new MentionListBuilder("한국선급(회장 이정기)은 부산에서 이사회를 열었다.");
        int register = head.add("한국선급", ORGANIZATION);
        int lee = head.add("이정기", PERSON);
        head.add("부산", PLACE);
        assertEquals(Set.of("memberOf member=" + lee + " organization=" + register), describe(head.extract()));
    }

    @Test
    void aFormerHeadIsNoCurrentMember() {
        MentionListBuilder b = new MentionListBuilder("양현석 전 YG엔터테인먼트 대표가 경찰에 출석했다.");
        b.add("양현석", PERSON);
        b.add("YG엔터테인먼트", ORGANIZATION);
        b.add("경찰", ORGANIZATION);
        assertTrue(b.extract().stream().noneMatch(r -> r.type() == RelationType.MEMBER_OF));
    }

    @Test
    void overlappingMentionsAreNotReadAsNeighbours() {
        MentionListBuilder b = new MentionListBuilder("🎉 삼성전자 이재용 회장이 CES 2024를 방문했다.");
        int samsung = b.add("삼성전자", ORGANIZATION);
        b.add("삼성전자", PERSON); // the same span typed twice by two extractors
        int lee = b.add("이재용", PERSON);
        int chair = b.add("회장", TITLE);
        int ces = b.add("CES 2024", EVENT);
        b.add("전자 이재", PERSON, 1, null, 0.4); // a stray crossing span from a less sure extractor
        assertEquals(2, b.mention(samsung).start());
        assertEquals(Set.of(
                "memberOf member=" + lee + " organization=" + samsung,
                "holdsPosition holder=" + lee + " title=" + chair + " current",
                "attends participant=" + lee + " event=" + ces), describe(b.extract()));
    }

    @Test
    void eventHeldLaterInTheSentenceAndAnEventOpenedOnADay() {
        MentionListBuilder held = new MentionListBuilder("‘서울 스마트 라이프 위크’는 10월 코엑스에서 열린다.");
        int week = held.add("서울 스마트 라이프 위크", EVENT);
        int october = held.add("10월", DATE, 1, "2024-10");
        int coex = held.add("코엑스", PLACE);
        assertEquals(Set.of(
                "locatedIn event=" + week + " place=" + coex,
                "occursOn event=" + week + " date=" + october), describe(held.extract()));

        MentionListBuilder opened = new MentionListBuilder("8일 개막한 CES 2024에는 4000여 개 기업이 참가했다.");
        int eighth = opened.add("8일", DATE, 1, "2024-01-08");
        int ces = opened.add("CES 2024", EVENT);
        assertEquals(Set.of("occursOn event=" + ces + " date=" + eighth), describe(opened.extract()));
    }

    @Test
    void theVisitorIsThePersonTheClauseDescribes() {
        // no subject before the cue: before, the subject of the previous sentence was taken as the visitor
        MentionListBuilder b = new MentionListBuilder("이날 폴란드를 방문한 조 바이든 미국 부통령도 러시아를 비판했다.");
        int poland = b.add("폴란드", PLACE);
        int biden = b.add("조 바이든", PERSON);
        int usa = b.add("미국", PLACE);
        int vice = b.add("부통령", TITLE);
        b.add("러시아", PLACE);
        assertEquals(12, b.mention(biden).start());
        assertEquals(17, b.mention(biden).end());
        assertEquals(Set.of(
                "holdsPosition holder=" + biden + " title=" + vice + " organization=" + usa + " current",
                "visits visitor=" + biden + " place=" + poland), describe(b.extract()));
    }

    @Test
    void aVisitUnderWayAndAMeetingDescribeTheirDoers() {
        MentionListBuilder visit = new MentionListBuilder("북유럽을 방문 중인 존 케리 국무장관도 애도를 표했다.");
        int europe = visit.add("북유럽", PLACE);
        int kerry = visit.add("존 케리", PERSON);
        int secretary = visit.add("국무장관", TITLE);
        assertEquals(Set.of(
                "holdsPosition holder=" + kerry + " title=" + secretary + " current",
                "visits visitor=" + kerry + " place=" + europe), describe(visit.extract()));

        MentionListBuilder meeting = new MentionListBuilder("김무성 대표를 만난 문희상 위원장은 협조를 요청했다.");
        int kim = meeting.add("김무성", PERSON);
        int leader = meeting.add("대표", TITLE);
        int moon = meeting.add("문희상", PERSON);
        int chair = meeting.add("위원장", TITLE);
        assertEquals(Set.of(
                "holdsPosition holder=" + kim + " title=" + leader + " current",
                "holdsPosition holder=" + moon + " title=" + chair + " current",
                "meets person=" + moon + " other=" + kim), describe(meeting.extract()));
    }

    @Test
    void anAttendeeDescribedByTheClauseEvenAfterAnotherSubject() {
        MentionListBuilder b = new MentionListBuilder("조선중앙통신은 전국노병대회에 참석한 김정은 국무위원장이 연설했다고 보도했다.");
        b.add("조선중앙통신", ORGANIZATION);
        int congress = b.add("전국노병대회", EVENT);
        int kim = b.add("김정은", PERSON);
        int chairman = b.add("국무위원장", TITLE);
        assertEquals(Set.of(
                "holdsPosition holder=" + kim + " title=" + chairman + " current",
                "attends participant=" + kim + " event=" + congress,
                // the speech is given at the congress he attends
                "speaksAt speaker=" + kim + " event=" + congress), describe(b.extract()));
    }

    @Test
    void withoutItsObjectTheClauseKeepsItsOwnSubject() {
        // 대통령이 방문한 공장: the gap is the object, so the person after the clause did not visit anything
        MentionListBuilder b = new MentionListBuilder("윤석열 대통령이 방문한 김철수 사장의 공장은 문을 닫았다.");
        b.add("윤석열", PERSON);
        b.add("대통령", TITLE);
        int kim = b.add("김철수", PERSON);
        b.add("사장", TITLE);
        assertEquals(0, b.extract().stream().filter(r -> r.type() == RelationType.VISITS
                || r.args().containsValue(kim) && r.type() != RelationType.HOLDS_POSITION).count(),
                describe(b.extract()).toString());
    }

    @Test
    void aMeetingPartnerWithAnAsideBeforeTheParticle() {
        MentionListBuilder b = new MentionListBuilder("트럼프는 멕시코 대통령 엔리케 페냐 니에토(Enrique Peña Nieto)와 만났다.");
        int trump = b.add("트럼프", PERSON);
        int mexico = b.add("멕시코", PLACE);
        int president = b.add("대통령", TITLE);
        int pena = b.add("엔리케 페냐 니에토", PERSON);
        assertEquals(Set.of(
                "holdsPosition holder=" + pena + " title=" + president + " organization=" + mexico + " current",
                "meets person=" + trump + " other=" + pena), describe(b.extract()));
    }

    @Test
    void namesListedBeforeAPostShareIt() {
        MentionListBuilder b = new MentionListBuilder("손학규, 김두관, 정세균 후보는 결과에 승복했다. "
                + "새누리당 김진태·나경원 의원은 24일 기자회견을 열었다. 박근혜 대통령, 황교안 대표를 비판했다.");
        int sohn = b.add("손학규", PERSON);
        int kim = b.add("김두관", PERSON);
        int chung = b.add("정세균", PERSON);
        int candidate = b.add("후보", TITLE);
        int party = b.add("새누리당", ORGANIZATION);
        int jin = b.add("김진태", PERSON);
        int na = b.add("나경원", PERSON);
        int member = b.add("의원", TITLE);
        int park = b.add("박근혜", PERSON);
        b.add("대통령", TITLE);
        b.add("황교안", PERSON);
        int leader = b.add("대표", TITLE);
        Set<String> found = describe(b.extract());
        for (int holder : List.of(sohn, kim, chung)) {
            assertTrue(found.contains("holdsPosition holder=" + holder + " title=" + candidate + " candidate"),
                    found.toString());
        }
        for (int holder : List.of(jin, na)) {
            assertTrue(found.contains("holdsPosition holder=" + holder + " title=" + member + " organization="
                    + party + " current"), found.toString());
        }
        // a list of name-and-post pairs is no list of names: 박근혜 holds 대통령 only
        assertTrue(found.stream().noneMatch(f -> f.equals("holdsPosition holder=" + park + " title=" + leader
                + " current")), found.toString());
    }

    @Test
    void aRollSpellsOutTheUnnamedHoldersBeforeIt() {
        MentionListBuilder b = new MentionListBuilder("발의에 참여한 새누리당 의원은 김정재ㆍ윤종필ㆍ나경원 의원 등이다.");
        int holders = b.add("새누리당 의원", PERSON);
        int party = b.add("새누리당", ORGANIZATION);
        b.add("의원", TITLE, 1);
        List<Integer> roll = List.of(b.add("김정재", PERSON), b.add("윤종필", PERSON), b.add("나경원", PERSON));
        int member = b.add("의원", TITLE, 2);
        Set<String> found = describe(b.extract());
        for (int holder : roll) {
            assertTrue(found.contains("holdsPosition holder=" + holder + " title=" + member + " organization=" + party
                    + " current"), found.toString());
        }
        assertTrue(holders >= 0);
    }
}
