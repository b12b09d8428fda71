package officialskg.pipeline;

import officialskg.article.PublishedAt;
import officialskg.extract.Relation;
import officialskg.extract.RelationType;
import officialskg.resolve.Analysis;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Meetings of the full extraction (every extractor, the tagger included) on news sentences whose shapes once hid
 * the partner: a short foreign name read as a common noun, a body read with a particle, a descriptor word between
 * name and post, a stacked post, a list closed by 등, a guest invited to a meeting. Each expectation is the whole set
 * of a text's meeting pairs, by the names as written.
 */
class MeetingsInNewsTest {

    private static final ArticleAnalyzer ANALYZER = ReingestAndIdentityTest.PIPELINE.analyzer();

    private static List<String> meetings(String text) {
        Analysis a = ANALYZER.analyze(text, Optional.of(PublishedAt.ofDate(LocalDate.of(2025, 4, 10),
                PublishedAt.KOREA)));
        TreeSet<String> pairs = new TreeSet<>();
        for (Relation r : a.relations()) {
            if (r.type() == RelationType.MEETS) {
                String one = a.mentions().get(r.args().get("person")).text();
                String other = a.mentions().get(r.args().get("other")).text();
                pairs.add(one.compareTo(other) < 0 ? one + " + " + other : other + " + " + one);
            }
        }
        return List.copyOf(pairs);
    }

    @Test
    void aStackedPostCallsAShortFormNamedInFullBefore() {
        assertEquals(List.of("도널드 트럼프 + 한덕수"), meetings("도널드 트럼프 미국 대통령이 관세를 발표했다. "
                + "한덕수 대통령 권한대행 국무총리가 8일 도널드 트럼프 미국 대통령과 통화를 했다."));
        assertEquals(List.of("윤석열 + 트럼프"), meetings("도널드 트럼프 미국 대통령이 방한했다. "
                + "윤석열 대통령은 트럼프 대통령과 만났다."));
    }

    @Test
    void aDescriptorWordBetweenThePartnersNameAndPost() {
        assertEquals(List.of("리창 + 윤석열"), meetings("윤석열 대통령은 리창 중국 국무원 총리와 회담을 가졌다."));
        assertEquals(List.of("박근혜 + 양제츠"), meetings("박근혜 대통령은 양제츠 중국 외교담당 국무위원을 접견했다."));
    }

    @Test
    void wherePartnersMetStandsBetweenThePartnerAndTheVerb() {
        assertEquals(List.of("박근혜 + 반기문"), meetings("반기문 총장은 지난 10일 박근혜 대통령과 청와대에서 오찬을 했다."));
        assertEquals(List.of("아베 신조 + 이낙연"), meetings("이낙연 총리가 아베 신조 일본 총리와 도쿄에서 회담했다."));
    }

    @Test
    void aLeaderAbroadNamedByTheFamilyNameAlone() {
        // 트럼프 is read as a common noun (the playing cards); the gazetteer knows it as 도널드 트럼프's short form
        assertEquals(List.of("문재인 + 트럼프"), meetings("문재인 대통령이 트럼프 대통령과 판문점에서 만났다."));
    }

    @Test
    void aPartnerWhosePostHasItsFieldGluedBeforeIt() {
        assertEquals(List.of("재닛 옐런 + 추경호"), meetings("추경호 부총리는 재닛 옐런 재무장관과 면담했다."));
    }

    @Test
    void aBodyEndingInTheSyllableOfAParticleAndAnInvitedGuest() {
        assertEquals(List.of("우원식 + 최태원"), meetings("최태원 대한상의 회장은 우원식 국회의장을 초청해 간담회를 가졌다."));
    }

    @Test
    void everyoneOfAListClosedByAGroupNoun() {
        assertEquals(List.of("구자열 + 윤석열", "김기문 + 윤석열", "손경식 + 윤석열"), meetings("윤석열 대통령은 손경식 "
                + "한국경영자총협회 회장과 구자열 한국무역협회 회장, 김기문 중소기업중앙회 회장 등 경제단체장들을 만나 의견을 들었다."));
    }

    @Test
    void aPostAloneIsNobodyToMeet() {
        assertEquals(List.of(), meetings("우원식 국회의장은 여야 원내대표와 회동했다."));
    }

    @Test
    void aPostAfterATwoSyllableNameIsThatNamesAndBothAttend() {
        Analysis a = ANALYZER.analyze("한미 정상회담에는 박진 외교부 장관과 조태용 국가안보실장이 배석했다.",
                Optional.of(PublishedAt.ofDate(LocalDate.of(2023, 4, 27), PublishedAt.KOREA)));
        TreeSet<String> facts = new TreeSet<>();
        for (Relation r : a.relations()) {
            if (r.type() == RelationType.ATTENDS || r.type() == RelationType.HOLDS_POSITION) {
                facts.add(r.type().label() + " " + a.mentions().get(r.args().get(r.type() == RelationType.ATTENDS
                        ? "participant" : "holder")).text());
            }
        }
        // no unnamed "외교부 장관" beside 박진: the post is his
        assertEquals(List.of("attends 박진", "attends 조태용", "holdsPosition 박진", "holdsPosition 조태용"),
                List.copyOf(facts));
    }

    @Test
    void aTwoSyllableForeignNameBeforeItsCountryAndPost() {
        // 왕이 reads as 왕 + the particle 이, 외교부장과 as 외교부 + 장과; the country and the post say who he is
        assertEquals(List.of("박진 + 왕이"), meetings("박진 외교부 장관은 왕이 중국 외교부장과 전화 통화를 했다."));
        assertEquals(List.of("박진 + 왕이"), meetings("박진 장관은 왕이 중국 외교부장과 회담을 가졌다."));
        // 주한 (stationed in Korea) before a country and a post is no name
        assertEquals(List.of(), meetings("성 김 주한 미국 대사는 박진 장관과 통화했다.").stream()
                .filter(p -> p.contains("주한")).toList());
    }

    @Test
    void aVenueOfSeveralWordsBetweenThePartnerAndTheVerb() {
        assertEquals(List.of("이재명 + 한동훈"), meetings("이재명 대표는 한동훈 국민의힘 대표와 국회 사랑재에서 회담을 가졌다."));
    }

    @Test
    void aMeetingWrittenAsThePairsNoun() {
        assertEquals(List.of("기시다 후미오 + 윤석열"),
                meetings("윤석열 대통령과 기시다 후미오 일본 총리의 정상회담이 16일 도쿄에서 열렸다."));
    }

    @Test
    void aListedSubjectMetThoughADateOrAPlaceStandsBeforeTheVerb() {
        assertEquals(List.of("이재명 + 한동훈"), meetings("이재명 대표와 한동훈 대표는 21일 국회에서 회동했다."));
        assertEquals(List.of("기시다 + 윤"), meetings("윤석열 대통령이 방일했다. "
                + "윤 대통령과 기시다 총리는 이날 정상회담을 갖고 공동성명을 발표했다."));
    }

    @Test
    void aCourtesyCallReceivedFromAGuestAndAVideoMeeting() {
        assertEquals(List.of("리창 + 한덕수"), meetings("한덕수 총리는 이날 리창 중국 총리로부터 예방을 받고 환담했다."));
        assertEquals(List.of("재닛 옐런 + 최상목"), meetings("최상목 부총리는 재닛 옐런 재무장관과 화상 회의를 했다."));
        // a meeting the subject chairs has no partner
        assertEquals(List.of(), meetings("최상목 부총리는 이날 정부서울청사에서 회의를 주재했다."));
    }

    @Test
    void aDateAfterTheSubjectAndAnEnvoysOrAMinistersPostWrittenShort() {
        // 지난 is an adnominal of the date, not a relative clause that would take the subject away
        assertEquals(List.of("무함마드 빈 살만 + 정의선"),
                meetings("정의선 현대차그룹 회장이 지난 10일 무함마드 빈 살만 사우디 왕세자를 만났다."));
        // 주한 says where the envoy is posted; 미 is the short name of the United States
        assertEquals(List.of("필립 골드버그 + 한덕수"),
                meetings("한덕수 국무총리는 이날 정부서울청사에서 필립 골드버그 주한 미국대사를 접견했다."));
        assertEquals(List.of("박진 + 토니 블링컨"),
                meetings("박진 외교부 장관은 토니 블링컨 미 국무장관과 전화 통화를 하고 북핵 문제를 논의했다."));
        // 중 here is "during": no country before the post
        assertEquals(List.of(), meetings("재위 중 영국 총리를 15명이나 만났다."));
    }
}
