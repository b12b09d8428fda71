package officialskg.extract.relation;

import officialskg.extract.Relation;
import officialskg.extract.RelationType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static officialskg.extract.MentionType.DATE;
import static officialskg.extract.MentionType.EVENT;
import static officialskg.extract.MentionType.ORGANIZATION;
import static officialskg.extract.MentionType.PERSON;
import static officialskg.extract.MentionType.PLACE;
import static officialskg.extract.MentionType.TITLE;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Relations from the seed article's sentences (mention lists written by hand, as the extractors give them). */
class RuleRelationExtractorTest {

    /** Type, arguments in role order, and status: {@code holdsPosition holder=0 title=1 organization=2 current}. */
    static Set<String> describe(List<Relation> relations) {
        return relations.stream().map(RuleRelationExtractorTest::describe).collect(Collectors.toCollection(TreeSet::new));
    }

    static String describe(Relation r) {
        String args = java.util.stream.Stream.concat(r.type().requiredRoles().stream(), r.type().optionalRoles().stream())
                .filter(r.args()::containsKey).map(role -> role + "=" + r.args().get(role))
                .collect(Collectors.joining(" "));
        return r.type().label() + " " + args + (r.status() == null ? "" : " " + r.status());
    }

    @Test
    void headlineSentenceOfTheSeed() {
        MentionListBuilder b = new MentionListBuilder(
                "오세훈 서울시장이 세계 최대 가전·정보기술 박람회 ‘CES 2024’ 참석차 미국 출장길에 오른다.");
        int oh = b.add("오세훈", PERSON);
        int mayor = b.add("서울시장", TITLE, 1, "시장");
        int ces = b.add("CES 2024", EVENT);
        int usa = b.add("미국", PLACE);
        assertEquals(0, b.mention(oh).start());
        assertEquals(4, b.mention(mayor).start());
        assertEquals(Set.of(
                "holdsPosition holder=" + oh + " title=" + mayor + " current",
                "attends participant=" + oh + " event=" + ces,
                "locatedIn event=" + ces + " place=" + usa, // travels there to attend it (TripSettingRule)
                "visits visitor=" + oh + " place=" + usa), describe(b.extract()));
    }

    @Test
    void visitAndAttendanceReportedByTheCity() {
        MentionListBuilder b = new MentionListBuilder(
                "8일 서울시는 오 시장이 4박 7일 일정으로 미국 네바다주 라스베이거스를 방문해 ‘CES 2024’에 참석한다고 밝혔다.");
        b.add("8일", DATE, 1, "2024-01-08");
        b.add("서울시", ORGANIZATION);
        int oh = b.add("오", PERSON);
        int mayor = b.add("시장", TITLE);
        int usa = b.add("미국", PLACE);
        int nevada = b.add("네바다주", PLACE);
        int vegas = b.add("라스베이거스", PLACE);
        int ces = b.add("CES 2024", EVENT);
        List<Relation> relations = b.extract();
        assertEquals(Set.of(
                "holdsPosition holder=" + oh + " title=" + mayor + " current",
                "visits visitor=" + oh + " place=" + vegas,
                "visits visitor=" + oh + " place=" + nevada,
                "visits visitor=" + oh + " place=" + usa,
                "attends participant=" + oh + " event=" + ces,
                "locatedIn event=" + ces + " place=" + vegas), describe(relations));
        Relation setting = MentionListBuilder.find(relations, RelationType.LOCATED_IN, Map.of("event", ces, "place", vegas));
        assertEquals(TripSettingRule.CONFIDENCE, setting.confidence(), 1e-9, "travelled-to, not a stated venue");
        Relation city = MentionListBuilder.find(relations, RelationType.VISITS, Map.of("visitor", oh, "place", vegas));
        Relation country = MentionListBuilder.find(relations, RelationType.VISITS, Map.of("visitor", oh, "place", usa));
        assertEquals(true, city.confidence() > country.confidence(), "the most specific place is the surest");
        assertEquals(b.document().sentences().get(0).start(), city.evidenceStart());
        assertEquals(b.document().sentences().get(0).end(), city.evidenceEnd());
    }

    @Test
    void meetingAnUnnamedVicePresidentAboutASeriesHeldInAVenue() {
        MentionListBuilder b = new MentionListBuilder("오 시장은 MLB 국제사업총괄 부사장을 만나 3월 서울 고척스카이돔에서 국내 최초로 "
                + "열릴 ‘2024 MLB 월드 투어 서울 시리즈’의 성공적인 개최와 서울시-MLB 간 지속적인 파트너십 강화 방안을 논의한다.");
        int oh = b.add("오", PERSON);
        int mayor = b.add("시장", TITLE);
        int vp = b.add("MLB 국제사업총괄 부사장", PERSON);
        int mlb = b.add("MLB", ORGANIZATION);
        int vpTitle = b.add("부사장", TITLE, 1, "부사장");
        int march = b.add("3월", DATE, 1, "2024-03");
        int seoul = b.add("서울", PLACE);
        int dome = b.add("고척스카이돔", PLACE);
        int series = b.add("2024 MLB 월드 투어 서울 시리즈", EVENT);
        b.add("서울시", ORGANIZATION);
        b.add("MLB", ORGANIZATION, 3);
        List<Relation> relations = b.extract();
        assertEquals(Set.of(
                "holdsPosition holder=" + oh + " title=" + mayor + " current",
                "holdsPosition holder=" + vp + " title=" + vpTitle + " organization=" + mlb + " current",
                "meets person=" + oh + " other=" + vp,
                "locatedIn event=" + series + " place=" + dome,
                "locatedIn event=" + series + " place=" + seoul,
                "occursOn event=" + series + " date=" + march), describe(relations));
        assertEquals(true, MentionListBuilder.find(relations, RelationType.LOCATED_IN,
                Map.of("event", series, "place", dome)).confidence()
                > MentionListBuilder.find(relations, RelationType.LOCATED_IN,
                Map.of("event", series, "place", seoul)).confidence(), "the venue beats the city");
    }

    @Test
    void twoEventsAttendedByOneSubjectAcrossConnectives() {
        MentionListBuilder b = new MentionListBuilder("우선 오 시장은 이틀간 ‘CES 2024’를 찾아 서울관을 비롯해 "
                + "국내·외 대기업(삼성·LG·현대자동차) 및 스타트업 전시 부스를 차례로 방문하고 ‘서울 이노베이션 포럼 2024’에도 참석한다.");
        int oh = b.add("오", PERSON);
        int mayor = b.add("시장", TITLE);
        int ces = b.add("CES 2024", EVENT);
        b.add("삼성", ORGANIZATION);
        b.add("LG", ORGANIZATION);
        b.add("현대자동차", ORGANIZATION);
        int forum = b.add("서울 이노베이션 포럼 2024", EVENT);
        assertEquals(Set.of(
                "holdsPosition holder=" + oh + " title=" + mayor + " current",
                "attends participant=" + oh + " event=" + ces,
                "attends participant=" + oh + " event=" + forum), describe(b.extract()));
    }

    @Test
    void coordinatedSubjectsBothAttendButDoNotMeet() {
        MentionListBuilder b = new MentionListBuilder("▲오세훈 서울시장과 최태원 서울상공회의소 회장이 서울 중구 대한상공회의소 "
                + "국제회의장에서 열린 서울시 신년인사회에 참석해 국기에 경례하고 있다.");
        int oh = b.add("오세훈", PERSON);
        int mayor = b.add("서울시장", TITLE);
        int choi = b.add("최태원", PERSON);
        int chamber = b.add("서울상공회의소", ORGANIZATION);
        int chair = b.add("회장", TITLE);
        b.add("서울", PLACE, 3);
        b.add("중구", PLACE);
        b.add("대한상공회의소", ORGANIZATION);
        int party = b.add("서울시 신년인사회", EVENT);
        assertEquals(1, b.mention(oh).start(), "after the ▲ mark");
        assertEquals(Set.of(
                "holdsPosition holder=" + oh + " title=" + mayor + " current",
                "holdsPosition holder=" + choi + " title=" + chair + " organization=" + chamber + " current",
                "attends participant=" + choi + " event=" + party,
                "attends participant=" + oh + " event=" + party), describe(b.extract()));
    }

    @Test
    void aSentenceWithoutSubjectTakesThePreviousOneAfterIeo() {
        MentionListBuilder b = new MentionListBuilder("오 시장은 서울관 개관식에 참석한다.\n\n"
                + "이어 CES에서 열리는 ‘서울 이노베이션 포럼 2024’에도 참석해 10월 코엑스에서 개최될 ‘서울 스마트 라이프 위크’의 "
                + "중장기 로드맵을 밝힐 계획이다.");
        int oh = b.add("오", PERSON);
        int mayor = b.add("시장", TITLE);
        int opening = b.add("서울관 개관식", EVENT);
        b.add("CES", EVENT);
        int forum = b.add("서울 이노베이션 포럼 2024", EVENT);
        int october = b.add("10월", DATE, 1, "2024-10");
        int coex = b.add("코엑스", PLACE);
        int week = b.add("서울 스마트 라이프 위크", EVENT);
        List<Relation> relations = b.extract();
        assertEquals(Set.of(
                "holdsPosition holder=" + oh + " title=" + mayor + " current",
                "attends participant=" + oh + " event=" + opening,
                "attends participant=" + oh + " event=" + forum,
                "locatedIn event=" + week + " place=" + coex,
                "occursOn event=" + week + " date=" + october), describe(relations));
        Relation carried = MentionListBuilder.find(relations, RelationType.ATTENDS,
                Map.of("participant", oh, "event", forum));
        assertEquals(b.document().sentences().get(1).start(), carried.evidenceStart(), "evidence is its own sentence");
        assertEquals(true, carried.confidence() < 0.8, "a carried-over subject is less sure");
    }

    @Test
    void aNewParagraphWithoutContinuationDoesNotInheritTheSubject() {
        MentionListBuilder b = new MentionListBuilder("오 시장은 서울관 개관식에 참석한다.\n\n‘서울 이노베이션 포럼 2024’에 참석한 기업은 81개다.");
        b.add("오", PERSON);
        b.add("시장", TITLE);
        b.add("서울관 개관식", EVENT);
        int forum = b.add("서울 이노베이션 포럼 2024", EVENT);
        assertEquals(0, b.extract().stream().filter(r -> r.args().containsValue(forum)).count());
    }

    @Test
    void eventHeldInAVenueNamedAfterIt() {
        MentionListBuilder b = new MentionListBuilder("오 시장은 11일(현지시간)에는 CES가 열리는 라스베이거스 컨벤션센터 등을 운영 중인 "
                + "‘라스베이거스 관광청’을 방문해 라스베이거스 관광․마케팅 전략을 청취한다.");
        int oh = b.add("오", PERSON);
        int mayor = b.add("시장", TITLE);
        b.add("11일", DATE, 1, "2024-01-11");
        int ces = b.add("CES", EVENT);
        int center = b.add("라스베이거스 컨벤션센터", PLACE);
        int bureau = b.add("라스베이거스 관광청", ORGANIZATION);
        assertEquals(Set.of(
                "holdsPosition holder=" + oh + " title=" + mayor + " current",
                "locatedIn event=" + ces + " place=" + center,
                "visits visitor=" + oh + " place=" + bureau), describe(b.extract()));
    }

    @Test
    void headlineSubjectBeforeAComma() {
        MentionListBuilder b = new MentionListBuilder("오세훈, CES 2024 참석 美 출장길…서울 기업 세일즈·투자유치 총력");
        int oh = b.add("오세훈", PERSON);
        int ces = b.add("CES 2024", EVENT);
        int usa = b.add("美", PLACE);
        assertEquals(Set.of(
                "attends participant=" + oh + " event=" + ces,
                "locatedIn event=" + ces + " place=" + usa, // travels there to attend it (TripSettingRule)
                "visits visitor=" + oh + " place=" + usa), describe(b.extract()));
    }

    @Test
    void offsetsAfterAnEmojiAreCodePoints() {
        MentionListBuilder b = new MentionListBuilder("🎉 오세훈 서울시장이 ‘CES 2024’에 참석했다.");
        int oh = b.add("오세훈", PERSON);
        int mayor = b.add("서울시장", TITLE);
        int ces = b.add("CES 2024", EVENT);
        assertEquals(2, b.mention(oh).start());
        assertEquals(6, b.mention(mayor).start());
        assertEquals(13, b.mention(ces).start());
        List<Relation> relations = b.extract();
        assertEquals(Set.of(
                "holdsPosition holder=" + oh + " title=" + mayor + " current",
                "attends participant=" + oh + " event=" + ces), describe(relations));
        assertEquals(0, relations.get(0).evidenceStart());
        assertEquals(29, relations.get(0).evidenceEnd());
    }
}
