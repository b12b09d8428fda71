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
 * Participations of the full extraction (every extractor, the tagger included) where the participant is written in a
 * way the tagger alone misses: a full name it found in one sentence only, a pronoun, an athlete in a part of the
 * games. Each expectation is the whole set of a text's participations, as "relation participant → event" with the
 * names as written.
 */
class ParticipationInNewsTest {

    private static final ArticleAnalyzer ANALYZER = ReingestAndIdentityTest.PIPELINE.analyzer();

    private static List<String> participations(String text) {
        Analysis a = ANALYZER.analyze(text, Optional.of(PublishedAt.ofDate(LocalDate.of(2021, 8, 15),
                PublishedAt.KOREA)));
        TreeSet<String> found = new TreeSet<>();
        for (Relation r : a.relations()) {
            String role = r.type().participantRole();
            if (role != null) {
                found.add(r.type().label() + " " + a.mentions().get(r.args().get(role)).text() + " → "
                        + a.mentions().get(r.args().get("event")).text());
            }
        }
        return List.copyOf(found);
    }

    @Test
    void aFullNameFoundWithItsPostInOneSentenceIsThePersonInTheOthers() {
        // the tagger sees 김원웅 only in the last sentence; the first two keep their speaker through it
        assertEquals(List.of("attends 김원웅 → 행사", "attends 정세균 → 행사", "speaksAt 김원웅 → 광복절 경축식",
                        "speaksAt 김원웅 → 광복절 행사"),
                participations("광복절 행사에서 축사를 맡은 김원웅 광복회장의 발언이 화제가 됐다. "
                        + "김원웅 광복회장은 15일 광복절 경축식에서 축사를 했다. "
                        + "이날 행사에는 김원웅 광복회장과 정세균 국무총리가 참석했다."));
    }

    @Test
    void anEventOfAnyKindPointedBackToAndACityActingWithAMinistry() {
        // 이날 행사 is the 위크 named just before; 대구시 acts with the ministry, so as its government
        assertEquals(List.of("attends 김동연 → 행사", "attends 오세훈 → 2025 서울 스마트 라이프 위크",
                        "attends 이재명 → 행사"),
                participations("오세훈 서울시장은 8일 서울시청에서 열린 '2025 서울 스마트 라이프 위크' 개막식에 참석했다. "
                        + "이날 행사에는 김동연 경기도지사와 이재명 대표 등이 참석했다."));
        Analysis a = ANALYZER.analyze("오세훈 시장은 '2025 서울 스마트 라이프 위크' 개막식에 참석했다. 이날 행사에는 이재명 "
                + "대표가 참석했다.", Optional.empty());
        assertEquals(1, a.entities().stream().filter(e -> e.type() == officialskg.extract.MentionType.EVENT).count(),
                a.entities().toString());
        assertEquals(List.of("organizes 국토교통부 → 2024 대구국제스마트시티박람회", "organizes 대구시 → 2024 대구국제스마트시티박람회"),
                participations("대구시와 국토교통부가 공동 주최한 2024 대구국제스마트시티박람회가 25일 개막했다."));
    }

    @Test
    void aHostWrittenAsAnAdverbialAndTheJointHostsPartner() {
        assertEquals(List.of("organizes 전경련 → 제5회 한미 경제포럼"),
                participations("'제5회 한미 경제포럼'이 전경련 주최로 9일 열렸다."));
        assertEquals(List.of("attends 오세훈 → 2025 서울 스마트 라이프 위크", "organizes 서울시 → 2025 서울 스마트 라이프 위크"),
                participations("서울시 주최로 열린 '2025 서울 스마트 라이프 위크'에는 오세훈 시장이 참석했다."));
        assertEquals(List.of("organizes 산업통상자원부 → 2025 무역의 날 기념식", "organizes 한국무역협회 → 2025 무역의 날 기념식"),
                participations("산업통상자원부는 한국무역협회와 '2025 무역의 날 기념식'을 공동 개최했다."));
        // without 공동 the partner is a guest, not a host
        assertEquals(List.of("organizes 산업통상자원부 → 2025 무역의 날 기념식"),
                participations("산업통상자원부는 한국무역협회와 함께 '2025 무역의 날 기념식'을 개최했다."));
    }

    @Test
    void theyAreThePersonsTheSentenceBeforeNamed() {
        assertEquals(List.of("attends 김제덕 → 올림픽 양궁 혼성단체전", "attends 안산 → 올림픽 양궁 혼성단체전"),
                participations("2020 도쿄올림픽 첫 금메달 소식을 들려온 선수들은 김제덕(17·경북일고), 안산(20·광주여대)이었다. "
                        + "이들은 지난 24일 유메노시마 양궁장에서 열린 올림픽 양궁 혼성단체전 결승전에 참가했다."));
    }

    @Test
    void aCourtesyWordAfterTheNameAndACompanionBeforeTheVerb() {
        // 여사 stands between the name and its particle as 씨 does; 윤 대통령과 함께 came along
        assertEquals(List.of("attends 김건희 → 개막식", "attends 윤 → 개막식"),
                participations("윤석열 대통령 부부가 부산을 찾았다.\n김건희 여사는 이날 개막식에 윤 대통령과 함께 참석했다."));
    }

    @Test
    void anAddressNamedRightAfterItsEvent() {
        assertEquals(List.of("speaksAt 오세훈 → 서울 이노베이션 포럼 2024", "speaksAt 최태원 → 대한상의 제주포럼"),
                participations("오세훈 시장은 이날 ‘서울 이노베이션 포럼 2024’ 기조연설에서 “서울을 혁신 도시로 "
                        + "만들겠다”고 말했다. 최태원 회장은 ‘대한상의 제주포럼’ 개회사를 통해 협력을 강조했다."));
    }
}
