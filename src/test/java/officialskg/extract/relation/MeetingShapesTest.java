package officialskg.extract.relation;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static officialskg.extract.MentionType.ORGANIZATION;
import static officialskg.extract.MentionType.PERSON;
import static officialskg.extract.MentionType.PLACE;
import static officialskg.extract.MentionType.TITLE;
import static officialskg.extract.relation.RuleRelationExtractorTest.describe;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Meetings between people: stacked titles, a body between name and title, lists, courtesy calls. */
class MeetingShapesTest {

    @Test
    void stackedTitleBeforeTheSubjectAndAShortFormPartner() {
        MentionListBuilder b = new MentionListBuilder("한덕수 대통령 권한대행 국무총리가 트럼프 대통령과 통화를 했다.");
        int han = b.add("한덕수", PERSON);
        b.add("대통령", TITLE, 1);
        b.add("국무총리", TITLE);
        int trump = b.add("트럼프", PERSON);
        b.add("대통령", TITLE, 2);
        assertTrue(describe(b.extract()).contains("meets person=" + han + " other=" + trump), describe(b.extract())::toString);
    }

    @Test
    void aBodyBetweenThePartnersNameAndTitle() {
        MentionListBuilder b = new MentionListBuilder("윤석열 대통령은 리창 중국 국무원 총리와 정상회담을 가졌다.");
        int yoon = b.add("윤석열", PERSON);
        b.add("대통령", TITLE);
        int li = b.add("리창", PERSON);
        b.add("중국", PLACE);
        b.add("국무원", ORGANIZATION);
        b.add("총리", TITLE);
        assertTrue(describe(b.extract()).contains("meets person=" + yoon + " other=" + li), describe(b.extract())::toString);
    }

    @Test
    void everyoneListedMeetsTheOther() {
        MentionListBuilder b = new MentionListBuilder("손경식 경총 회장과 구자열 무역협회 회장, 김기문 중기중앙회 회장 등은 "
                + "우원식 국회의장을 만났다.");
        int son = b.add("손경식", PERSON);
        b.add("경총", ORGANIZATION);
        b.add("회장", TITLE, 1);
        int koo = b.add("구자열", PERSON);
        b.add("무역협회", ORGANIZATION);
        b.add("회장", TITLE, 2);
        int kim = b.add("김기문", PERSON);
        b.add("중기중앙회", ORGANIZATION);
        b.add("회장", TITLE, 3);
        int woo = b.add("우원식", PERSON);
        b.add("국회의장", TITLE);
        var found = describe(b.extract());
        for (int who : new int[]{son, koo, kim}) {
            assertTrue(found.contains("meets person=" + who + " other=" + woo)
                    || found.contains("meets person=" + woo + " other=" + who), who + " in " + found);
        }
    }

    @Test
    void aCourtesyCallIsAMeetingButPreventionIsNot() {
        MentionListBuilder b = new MentionListBuilder("김성환 장관은 프란치스코 교황을 예방했다.");
        int kim = b.add("김성환", PERSON);
        b.add("장관", TITLE);
        int pope = b.add("프란치스코", PERSON);
        b.add("교황", TITLE);
        assertTrue(describe(b.extract()).contains("meets person=" + kim + " other=" + pope), describe(b.extract())::toString);
        MentionListBuilder p = new MentionListBuilder("오세훈 시장과 최태원 회장은 안전사고 예방에 힘쓰기로 했다.");
        p.add("오세훈", PERSON);
        p.add("시장", TITLE);
        p.add("최태원", PERSON);
        p.add("회장", TITLE);
        assertTrue(describe(p.extract()).stream().noneMatch(r -> r.startsWith("meets")), describe(p.extract())::toString);
    }

    @Test
    void aJointMeetingOfACoordinatedSubjectAndATalkWithAPartner() {
        MentionListBuilder b = new MentionListBuilder("이재명 대표와 한동훈 대표는 10일 국회에서 간담회를 가졌다.");
        int lee = b.add("이재명", PERSON);
        b.add("대표", TITLE, 1);
        int han = b.add("한동훈", PERSON);
        b.add("대표", TITLE, 2);
        b.add("국회", ORGANIZATION);
        var joint = describe(b.extract());
        assertTrue(joint.contains("meets person=" + lee + " other=" + han)
                || joint.contains("meets person=" + han + " other=" + lee), joint::toString);
        MentionListBuilder c = new MentionListBuilder("박진 장관은 토니 블링컨 미국 국무장관과 대화를 나눴다.");
        int park = c.add("박진", PERSON);
        c.add("장관", TITLE);
        int blinken = c.add("토니 블링컨", PERSON);
        c.add("미국", PLACE);
        c.add("국무장관", TITLE);
        assertTrue(describe(c.extract()).contains("meets person=" + park + " other=" + blinken), describe(c.extract())::toString);
    }

    @Test
    void aMeetingNamedAsThePairsNoun() {
        MentionListBuilder b = new MentionListBuilder("미국에서는 바이든 대통령과 윤석열 대통령의 만남을 정상간의 회담으로 "
                + "보지 않았다. 윤석열 대통령과 기시다 후미오 일본 총리의 정상회담이 열렸다. 두 대통령의 만남은 짧았다.");
        b.add("미국", PLACE);
        int biden = b.add("바이든", PERSON);
        b.add("대통령", TITLE);
        int yoon = b.add("윤석열", PERSON);
        b.add("대통령", TITLE, 2);
        int yoon2 = b.add("윤석열", PERSON, 2);
        b.add("대통령", TITLE, 3);
        int kishida = b.add("기시다 후미오", PERSON);
        b.add("일본", PLACE);
        b.add("총리", TITLE);
        // a meeting is one unordered pair: compare the pairs, whichever side is called person
        Set<Set<Integer>> pairs = describe(b.extract()).stream().filter(f -> f.startsWith("meets"))
                .map(f -> Set.of(Integer.parseInt(f.replaceAll(".*person=(\\d+).*", "$1")),
                        Integer.parseInt(f.replaceAll(".*other=(\\d+).*", "$1"))))
                .collect(java.util.stream.Collectors.toSet());
        assertEquals(Set.of(Set.of(biden, yoon), Set.of(yoon2, kishida)), pairs);
    }
}
