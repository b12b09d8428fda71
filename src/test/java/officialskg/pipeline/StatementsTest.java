package officialskg.pipeline;

import officialskg.article.PublishedAt;
import officialskg.extract.statement.Statement;
import officialskg.resolve.Analysis;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Statements of the full extraction on news sentences (Wikinews and news-style): who said what, where the text
 * is (code points), direct or reported, the stated date and the event. Each expectation is the whole list of a
 * text's statements, as "mode speaker [start,end) text cue date event" lines.
 */
class StatementsTest {

    private static final ArticleAnalyzer ANALYZER = ReingestAndIdentityTest.PIPELINE.analyzer();

    private static Analysis analyze(String text) {
        return ANALYZER.analyze(text, Optional.of(PublishedAt.ofDate(LocalDate.of(2024, 1, 10), PublishedAt.KOREA)));
    }

    private static List<String> statements(String text) {
        Analysis a = analyze(text);
        return a.statements().stream().map(s -> describe(a, s)).toList();
    }

    private static String describe(Analysis a, Statement s) {
        String speaker = s.attributed() ? a.mentions().get(s.speaker()).text() + (s.carried() ? "(carried)" : "")
                : "-";
        String date = s.date() >= 0 ? a.mentions().get(s.date()).normalized() : "-";
        String event = s.event() >= 0 ? a.mentions().get(s.event()).text() : "-";
        assertEquals(s.text(), a.text().substring(s.textStart(), s.textEnd()), "text and span agree (BMP text)");
        assertTrue(s.evidenceStart() <= s.textStart() && s.textEnd() <= s.evidenceEnd());
        return s.mode().label() + " " + speaker + " [" + s.textStart() + "," + s.textEnd() + ") " + s.text() + " "
                + s.cue() + " " + date + " " + event;
    }

    @Test
    void aQuotationBeforeItsSpeechVerbIsSaidByTheTopicWithTheStatedDateAndEvent() {
        String text = "윤석열 대통령은 9일 청와대에서 열린 제1차 비상경제민생회의에서 \"경제 회복에 총력을 다하겠다\"고 말했다.\n\n"
                + "오세훈 서울시장은 미국 라스베이거스에서 열린 CES 2024에서 \"서울을 세계 최고의 혁신 도시로 만들겠다\"고 강조했다.";
        assertEquals(List.of(
                "direct 윤석열 [37,52) 경제 회복에 총력을 다하겠다 말했다 2024-01-09 제1차 비상경제민생회의",
                "direct 오세훈 [98,120) 서울을 세계 최고의 혁신 도시로 만들겠다 강조했다 - CES 2024"),
                statements(text));
    }

    @Test
    void heAndASentenceWithoutSubjectCarryTheSpeakerOfTheSentenceBefore() {
        String text = "오세훈 서울시장은 \"서울을 혁신 도시로 만들겠다\"고 강조했다. 그는 \"스타트업 지원을 늘리겠다\"고 밝혔다. "
                + "이어 \"약자와 동행하겠다\"고 덧붙였다.";
        assertEquals(List.of(
                "direct 오세훈 [11,26) 서울을 혁신 도시로 만들겠다 강조했다 - -",
                "direct 오세훈(carried) [39,52) 스타트업 지원을 늘리겠다 밝혔다 - -",
                "direct 오세훈(carried) [64,73) 약자와 동행하겠다 덧붙였다 - -"),
                statements(text));
    }

    @Test
    void aSpeakerBetweenTheQuotationAndTheVerbSpeaks() {
        String text = "“국민의 뜻을 따르겠다”고 이재명 대표는 말했다.";
        assertEquals(List.of("direct 이재명 [1,12) 국민의 뜻을 따르겠다 말했다 - -"), statements(text));
    }

    @Test
    void anUnnamedSubjectLeavesTheStatementUnattributed() {
        String text = "오세훈 서울시장은 예산을 늘렸다. 한 관계자는 \"결정된 것은 없다\"고 말했다.";
        assertEquals(List.of("direct - [27,36) 결정된 것은 없다 말했다 - -"), statements(text));
    }

    @Test
    void quotationsJoinedByMyeoAreEachSaidByTheSameTopic() {
        // Wikinews (wikinews-382)
        String text = "합동참모본부는 \"북한군 10여 명이 경기도 파주지역에 접근함에 따라 경고방송을 실시했다\"며 "
                + "\"북한군이 재차 접근함에 따라 경고사격을 실시했다\"고 밝혔다.";
        assertEquals(List.of(
                "direct 합동참모본부 [9,48) 북한군 10여 명이 경기도 파주지역에 접근함에 따라 경고방송을 실시했다 며 - -",
                "direct 합동참모본부 [52,78) 북한군이 재차 접근함에 따라 경고사격을 실시했다 밝혔다 - -"),
                statements(text));
    }

    @Test
    void reportedSpeechIsTheClauseAfterTheSpeakerUpToTheQuotingEnding() {
        // Wikinews (wikinews-274, wikinews-565)
        String text = "김 청장은 인구밀집지역 상공에서는 장애물에서 300m 떨어져 비행하도록 되어 있다고 말했다.\n\n"
                + "구글(Google)은 2021년 6월 1일부터 무제한으로 고화질 사진과 동영상을 백업하는 기능을 중단한다고 밝혔다.";
        assertEquals(List.of(
                "reported 김 [6,45) 인구밀집지역 상공에서는 장애물에서 300m 떨어져 비행하도록 되어 있다 말했다 - -",
                "reported 구글 [65,111) 2021년 6월 1일부터 무제한으로 고화질 사진과 동영상을 백업하는 기능을 중단한다 밝혔다 - -"),
                statements(text));
    }

    @Test
    void theSubjectOfTheLastClauseSpeaksNotTheTopicOfAnEarlierOne() {
        // Wikinews (wikinews-499): the commission warned, not the institute
        String text = "가로세로연구소는 6000만원을 민경욱에게 전달할려 했으나 대한민국 중앙선거관리위원회가 "
                + "6000만원 민경욱에게 주면 법 위반이라고 경고했다.";
        assertEquals(List.of("reported 대한민국 중앙선거관리위원회 [48,70) 6000만원 민경욱에게 주면 법 위반이라 경고했다 - -"),
                statements(text));
    }

    @Test
    void aPersonBeforeATitleWordTheMentionsLeftOutSpeaks() {
        // Wikinews (wikinews-199): 조사2본부장 is no title mention, 박종갑 before it is the speaker
        String text = "대한상공회의소 박종갑 조사2본부장은 “매년 4분기에는 경기가 반짝한 적이 많았다”면서 "
                + "“정부는 수출촉진을 강화해야 한다”고 말했다.";
        assertEquals(List.of(
                "direct 박종갑 [21,44) 매년 4분기에는 경기가 반짝한 적이 많았다 면서 - -",
                "direct 박종갑 [49,66) 정부는 수출촉진을 강화해야 한다 말했다 - -"),
                statements(text));
    }

    @Test
    void aQuotedNameOrAQuotationWithoutSpeechIsNoStatement() {
        String text = "서울시는 'CES 2024'에 참가해 '서울관'을 운영했다. 그는 \"최선을 다하겠다\"는 각오를 다졌다.";
        assertEquals(List.of(), statements(text));
    }

    @Test
    void theSourceOfAccordingToSpeaksNotTheTopic() {
        // Wikinews (wikinews-100), shortened: 부산저축은행 is what the commission speaks about
        String text = "금융위원회에 따르면 부산저축은행은 지난해 말 기준 자기자본이 완전 잠식된 상황이라고 했다.";
        assertEquals(List.of("reported 금융위원회 [11,45) 부산저축은행은 지난해 말 기준 자기자본이 완전 잠식된 상황이라 했다 - -"),
                statements(text));
    }

    @Test
    void theSubjectRightBeforeAQuotationSpeaksNotTheOutletReportingIt() {
        // Wikinews (wikinews-092): the newspaper reports what 호나우두 said
        String text = "한경은 기자회견에서 호나우두가 \"내가 뛰어온 시간들은 아름다웠고 감동적이었다\"고 말했다고 전했다.";
        assertEquals(List.of("direct 호나우두 [18,42) 내가 뛰어온 시간들은 아름다웠고 감동적이었다 말했다고 - -",
                "reported 한경 [11,48) 호나우두가 \"내가 뛰어온 시간들은 아름다웠고 감동적이었다\"고 말했다 전했다 - -"),
                statements(text));
    }

    @Test
    void theBodyBeforeABracketedAsideSpeaksNotTheNameInside() {
        // Wikinews (wikinews-076), shortened
        String text = "문화재청(청장 이건무)은 궁·능의 무료관람 대상자를 청소년으로 확대해 나가기로 했다고 26일 보도자료를 통해 밝혔다.";
        assertEquals(List.of("reported 문화재청 [14,46) 궁·능의 무료관람 대상자를 청소년으로 확대해 나가기로 했다 밝혔다 2023-12-26 -"),
                statements(text));
    }
}
