package officialskg.article;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Pages composed for these tests in the styles of different Korean outlets (the same files are in
 * {@code samples/}). Each test checks the headline, the publication time, the outlet, every kept paragraph
 * and caption, and that the page chrome of that style is gone.
 */
class ComposedPagesTest {

    private static void assertNoneIn(Article article, String... chrome) {
        for (String c : chrome) {
            assertFalse(article.text().contains(c), "chrome left in text: " + c);
        }
    }

    @Test
    void yonhapDatelineNamesThePublisherAndIsCutFromTheLead() {
        Article a = Outcomes.page("yonhap-busan-mayor.txt");
        assertEquals("박형준 부산시장, 국토부 장관 만나 \"가덕도신공항 조기 개항\" 건의", a.title());
        assertEquals("2024-03-12T15:20+09:00[Asia/Seoul]", a.published().orElseThrow().dateTime().toString());
        assertEquals("연합뉴스", a.publisher());
        assertEquals(List.of("부산시장, 정부세종청사서 박상우 장관 면담…북항 재개발 지원도 요청"), a.subtitles());
        List<String> paragraphs = Outcomes.texts(a, a.paragraphs());
        assertEquals(5, paragraphs.size());
        assertEquals("박형준 부산시장이 12일 정부세종청사에서 박상우 국토교통부 장관을 만나 가덕도신공항의 조기 개항과 "
                + "북항 재개발 2단계 사업에 대한 정부 지원을 건의했다.", paragraphs.getFirst());
        assertTrue(paragraphs.getLast().startsWith("한편 박 시장은 다음 달 부산 벡스코에서"));
        assertEquals(List.of("박형준 부산시장(오른쪽)이 12일 정부세종청사에서 박상우 국토교통부 장관과 면담하고 있다. "
                + "[부산시 제공. 재판매 및 DB 금지]"), Outcomes.texts(a, a.captions()));
        assertNoneIn(a, "(부산=연합뉴스)", "김민준 기자", "mjkim@", "저작권자", "송고", "제보", "관련 뉴스",
                "배후도시", "휘발윳값", "글자 크기", "인쇄");
    }

    @Test
    void newsisBracketDatelineAndTheModificationTimeIsNotThePublicationTime() {
        Article a = Outcomes.page("newsis-samsung-semiconductor.txt");
        assertEquals("삼성전자, 평택에 차세대 반도체 연구단지 세운다…2030년까지 20조 투자", a.title());
        assertEquals("2024-04-17T10:05:31+09:00[Asia/Seoul]", a.published().orElseThrow().dateTime().toString());
        assertEquals("뉴시스", a.publisher());
        assertEquals(List.of(), a.subtitles());
        List<String> paragraphs = Outcomes.texts(a, a.paragraphs());
        assertEquals(5, paragraphs.size());
        assertTrue(paragraphs.getFirst().startsWith("삼성전자가 경기 평택캠퍼스에 차세대 반도체 연구개발 단지를 조성한다."));
        assertEquals("김 지사는 \"경기도는 반도체 산업의 심장\"이라며 \"기업 투자가 멈추지 않도록 행정력을 모으겠다\"고 강조했다.",
                paragraphs.getLast());
        assertEquals(List.of("삼성전자 평택캠퍼스 전경. (사진=삼성전자 제공) 2024.04.17. photo@newsis.com"),
                Outcomes.texts(a, a.captions()));
        // The appeal for tips after the copyright line reads like prose but comes after the article has closed.
        assertNoneIn(a, "[서울=뉴시스]", "이지은 기자", "저작권자", "제보", "사진영상부", "좋아요", "응원해요", "주요뉴스",
                "환율");
    }

    @Test
    void portalScrapeDropsPortalControlsAndReactionCounters() {
        Article a = Outcomes.page("naver-portal-trade-minister.txt");
        assertEquals("안덕근 산업부 장관 \"하반기 수출 7000억달러 달성\"…경제단체와 간담회", a.title());
        assertEquals("2024-03-05T14:30+09:00[Asia/Seoul]", a.published().orElseThrow().dateTime().toString());
        assertEquals("이데일리", a.publisher());
        assertEquals(List.of(), a.subtitles());
        List<String> paragraphs = Outcomes.texts(a, a.paragraphs());
        assertEquals(4, paragraphs.size());
        assertEquals("안덕근 산업통상자원부 장관이 5일 서울 중구 대한상공회의소에서 경제단체장들과 간담회를 열고 올해 수출 "
                + "7000억달러 달성을 위한 지원 방안을 논의했다.", paragraphs.getFirst());
        assertTrue(paragraphs.getLast().endsWith("다음 달 중 후속 대책을 발표할 예정이다."));
        assertEquals(List.of(), a.captions());
        assertNoneIn(a, "기사원문", "댓글", "요약봇", "구독", "음성 변환", "[이데일리", "choijh@", "Copyright",
                "응원수", "훈훈해요", "언론사홈", "전공의", "비트코인");
    }

    @Test
    void jointPaperKeepsBodyAroundAnInlineRelatedLinksBox() {
        Article a = Outcomes.page("joongang-gyeonggi-forum.txt");
        assertEquals("김동연 \"반도체 클러스터에 국제학교\"…경기 투자유치 포럼서 청사진", a.title());
        assertEquals("2024-05-21T16:42+09:00[Asia/Seoul]", a.published().orElseThrow().dateTime().toString());
        assertEquals("중앙일보", a.publisher());
        assertEquals(List.of("경기도, 21일 수원서 '2024 경기 국제투자포럼' 개최", "해외 기업 40곳 참석…투자의향서 5건 체결"),
                a.subtitles());
        List<String> paragraphs = Outcomes.texts(a, a.paragraphs());
        assertEquals(5, paragraphs.size());
        assertTrue(paragraphs.get(2).startsWith("이날 포럼에는 미국과 독일, 네덜란드 등 12개국 40개 기업 관계자가 참석했다."));
        assertEquals("경기도는 오는 10월 독일 뮌헨에서 투자설명회를 열고 유럽 기업 유치에 나설 계획이다.", paragraphs.getLast());
        assertEquals(List.of(
                "김동연 경기도지사가 21일 수원컨벤션센터에서 열린 '2024 경기 국제투자포럼'에서 기조연설을 하고 있다. /사진=경기도",
                "행사장 로비에서 열린 기업 상담회에는 도내 중소기업 60곳이 참여했다. /사진=경기도"),
                Outcomes.texts(a, a.captions()));
        assertNoneIn(a, "관련기사", "상담 창구 일원화", "전력망 구축", "업데이트", "김하늘 기자", "구독하기", "스크랩",
                "많이 본", "의대 증원");
    }

    @Test
    void economicPaperDropsTickersAndTheRankingList() {
        Article a = Outcomes.page("economy-ulsan-hyundai.txt");
        assertEquals("울산시·현대차, 전기차 전용공장 부품 협력단지 조성 협약", a.title());
        // "2024년 06월 10일 09시 12분", and the 수정 line below it is not the publication time.
        assertEquals("2024-06-10T09:12+09:00[Asia/Seoul]", a.published().orElseThrow().dateTime().toString());
        assertEquals("한국경제신문", a.publisher());
        assertEquals(List.of(), a.subtitles());
        List<String> paragraphs = Outcomes.texts(a, a.paragraphs());
        assertEquals(5, paragraphs.size());
        assertEquals("울산시와 현대자동차가 울산공장 안에 짓고 있는 전기차 전용공장 주변에 부품 협력업체 단지를 조성한다.",
                paragraphs.getFirst());
        assertTrue(paragraphs.get(2).contains("33만㎡"));
        assertEquals(1, a.captions().size());
        assertTrue(Outcomes.texts(a, a.captions()).getFirst().endsWith("(사진=울산시)"));
        assertNoneIn(a, "코스피", "코스닥", "원/달러", "수정", "syp@", "ⓒ", "많이 본", "금리 인하", "SK하이닉스",
                "▲1,200", "%");
    }

    @Test
    void htmlPageUsesOpenGraphAndTheArticleElement() {
        Article a = Outcomes.page("daegu-expo.html");
        assertEquals("daegu-expo", a.id());
        assertEquals("홍준표 대구시장 \"스마트시티로 도시 경쟁력 높인다\"…국제 박람회 개막", a.title());
        assertEquals("2024-09-25T14:05+09:00", a.published().orElseThrow().dateTime().toString());
        assertEquals("https://news.example.kr/article/2024/09/25/smartcity-expo", a.url());
        assertEquals("대구일보", a.publisher());
        assertEquals(List.of(
                "홍준표 대구시장이 25일 대구 엑스코에서 열린 '2024 대구 국제 스마트시티 박람회' 개막식에서 \"자율주행과 "
                        + "도심항공교통을 앞세워 대구를 미래 모빌리티 도시로 바꾸겠다\"고 밝혔다.",
                "이번 박람회는 27일까지 사흘간 열리며 국내외 150개 기업과 기관이 참가한다. 대구시와 국토교통부가 공동 주최하고 "
                        + "한국토지주택공사(LH)가 후원한다.",
                "개막식에는 홍 시장과 함께 국토교통부 제1차관, 대구시의회 의장, 주한 네덜란드 대사 등 300여 명이 참석했다.",
                "참석자들은 개막식 뒤 전시관을 돌며 자율주행 셔틀과 드론 배송 시연을 지켜봤다.",
                "대구시는 박람회 기간 해외 도시 대표단과 & 기업 간 상담회를 열어 수출 계약 50건 이상을 끌어낸다는 목표다."),
                Outcomes.texts(a, a.paragraphs()));
        assertEquals(List.of("홍준표 대구시장이 25일 대구 엑스코에서 열린 '2024 대구 국제 스마트시티 박람회' 개막식에서 축사를 하고 "
                + "있다. (사진=대구시 제공)"), Outcomes.texts(a, a.captions()));
        assertEquals(TextSpan.Kind.CAPTION, a.spans().getFirst().kind());
        assertNoneIn(a, "dataLayer", "광고 추적", "line-height", "정치", "공유하기", "관련기사", "엑스코 제2전시장",
                "doyun@", "많이 본", "미분양", "Copyright", "대표전화", "&quot;", "&#39;", "입력 2024");
    }

    @Test
    void regionalDailyWithBreadcrumbsShareButtonsArrowLinksAndFooterMenu() {
        Article a = Outcomes.page("regional-daily-quirks.txt");
        assertEquals("광주시, AI 집적단지 2단계 예타 통과…2030년까지 6000억 투입", a.title());
        assertEquals("2024-07-24T17:05+09:00[Asia/Seoul]", a.published().orElseThrow().dateTime().toString());
        assertEquals("광주일보", a.publisher());
        assertEquals(List.of(), a.subtitles());
        assertEquals(List.of(
                "광주시가 추진하는 인공지능(AI) 집적단지 2단계 사업이 정부 예비타당성조사를 통과했다.",
                "강기정 광주시장은 24일 시청 브리핑룸에서 기자회견을 열고 \"과학기술정보통신부의 예타 조사 결과 AI 집적단지 2단계 "
                        + "사업이 최종 통과됐다\"고 밝혔다.",
                "사업비는 국비와 시비를 합쳐 6000억원 규모다. 광주시는 2030년까지 첨단3지구에 AI 실증 시설과 연구 공간을 짓고 "
                        + "기업 300곳을 유치할 계획이다.",
                "강 시장은 \"광주가 대한민국 인공지능 산업의 중심으로 자리잡는 계기가 될 것\"이라고 말했다."),
                Outcomes.texts(a, a.paragraphs()));
        assertEquals(List.of("강기정 광주시장이 24일 시청 브리핑룸에서 인공지능 집적단지 2단계 사업의 예비타당성조사 통과 결과를 "
                + "발표하고 있다. <광주시 제공>"), Outcomes.texts(a, a.captions()));
        assertNoneIn(a, "홈 >", "[광주일보", "수정", "댓글", "기사보내기", "페이스북", "URL복사", "사진 확대", "관련기사",
                "데이터센터 가동률", "정다은", "회사소개", "저작권자");
    }
}
