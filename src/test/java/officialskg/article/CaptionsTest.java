package officialskg.article;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Photo captions without a caption marker, recognized by shape (a progressive sentence and its photo credit) or by
 * what stands around them (a picture, a repeat, caption markup): kept as caption blocks of their own, never dropped
 * with the chrome and never run into a body sentence. The lines follow the caption styles of Korean wire services
 * and papers.
 */
class CaptionsTest {

    private static final String BODY_1 = "오세훈 서울시장은 8일 서울시청에서 신년 기자회견을 열고 올해 시정 방향을 발표했다.";
    private static final String BODY_2 = "오 시장은 이날 민생 경제 회복과 약자와의 동행을 최우선 과제로 꼽았다.";

    private static Article text(String page) {
        Outcomes outcomes = Outcomes.read("page.txt", new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8)),
                InputFormat.TEXT);
        assertEquals(List.of(), outcomes.messages());
        return outcomes.articles().getFirst();
    }

    private static Article html(String page) {
        Outcomes outcomes = Outcomes.read("page.html", new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8)),
                InputFormat.HTML);
        assertEquals(List.of(), outcomes.messages());
        return outcomes.articles().getFirst();
    }

    private static String page(String... middle) {
        return "서울시, 2024년 시정 방향 발표\n입력 2024-01-08 11:15\n\n" + String.join("\n", middle) + "\n";
    }

    @Test
    void progressiveSentenceWithOutletCreditInBracketsIsACaption() {
        Article a = text(page(
                "정부세종청사에서 열린 국무회의에 참석한 이상민 행정안전부 장관이 인사말을 하고 있다. (연합뉴스)", "",
                BODY_1, "", BODY_2));
        assertEquals(List.of("정부세종청사에서 열린 국무회의에 참석한 이상민 행정안전부 장관이 인사말을 하고 있다. (연합뉴스)"),
                Outcomes.texts(a, a.captions()));
        assertEquals(List.of(BODY_1, BODY_2), Outcomes.texts(a, a.paragraphs()));
    }

    @Test
    void captionWithDateStampAndCopyrightCreditIsKeptNotDroppedAsFinePrint() {
        Article a = text(page(BODY_1, "",
                "한덕수 국무총리가 8일 서울 종로구 정부서울청사에서 열린 국정현안관계장관회의에서 모두발언을 하고 있다. "
                        + "2024.1.8/뉴스1 ⓒ News1 허경 기자", "",
                BODY_2));
        assertEquals(List.of("한덕수 국무총리가 8일 서울 종로구 정부서울청사에서 열린 국정현안관계장관회의에서 모두발언을 하고 있다. "
                + "2024.1.8/뉴스1 ⓒ News1 허경 기자"), Outcomes.texts(a, a.captions()));
        assertEquals(List.of(BODY_1, BODY_2), Outcomes.texts(a, a.paragraphs()));
    }

    @Test
    void wireCaptionWithDatelineAndEmailIsACaptionAndNamesNoPublisher() {
        Article a = text(page(
                "[서울=뉴시스] 김명원 기자 = 오세훈 서울시장이 8일 오전 서울 중구 서울시청에서 열린 간부회의에서 발언하고 있다. "
                        + "2024.01.08. kmx1105@newsis.com", "",
                BODY_1, "", BODY_2));
        assertEquals(List.of("오세훈 서울시장이 8일 오전 서울 중구 서울시청에서 열린 간부회의에서 발언하고 있다. "
                + "2024.01.08. kmx1105@newsis.com"), Outcomes.texts(a, a.captions()));
        assertEquals(List.of(BODY_1, BODY_2), Outcomes.texts(a, a.paragraphs()));
        assertEquals("", a.publisher(), "the credit names the photo's source, not the publisher");
    }

    @Test
    void progressiveSentenceWithoutFullStopIsACaption() {
        Article a = text(page(BODY_1, "",
                "서울 중구 대한상공회의소에서 열린 신년인사회에 참석한 방문규 산업통상자원부 장관이 인사말을 하고 있다", "",
                BODY_2));
        assertEquals(List.of("서울 중구 대한상공회의소에서 열린 신년인사회에 참석한 방문규 산업통상자원부 장관이 인사말을 하고 있다"),
                Outcomes.texts(a, a.captions()));
        assertEquals(List.of(BODY_1, BODY_2), Outcomes.texts(a, a.paragraphs()));
    }

    @Test
    void repeatedProgressiveSentenceIsACaptionKeptOnce() {
        String caption = "박형준 부산시장이 부산시청 대회의실에서 열린 시무식에서 신년사를 하고 있다.";
        Article a = text(page(caption, caption, "", BODY_1, "", BODY_2));
        assertEquals(List.of(caption), Outcomes.texts(a, a.captions()));
        assertEquals(List.of(BODY_1, BODY_2), Outcomes.texts(a, a.paragraphs()));
        assertEquals(new TextSpan(0, caption.length(), TextSpan.Kind.CAPTION), a.spans().getFirst());
    }

    @Test
    void progressiveSentenceBelowAnEnlargeButtonIsACaption() {
        String caption = "김동연 경기도지사가 경기도청 도담소에서 열린 도민과의 대화에서 발언하고 있다.";
        Article a = text(page(BODY_1, "", "사진 확대", caption, "", BODY_2));
        assertEquals(List.of(caption), Outcomes.texts(a, a.captions()));
        assertEquals(List.of(BODY_1, BODY_2), Outcomes.texts(a, a.paragraphs()));
    }

    @Test
    void bodySentencesInTheProgressiveStayParagraphs() {
        String progressive = "현재 라스베이거스 관광청은 시내에서 대규모 행사시설과 교통수단을 운영하고 있다.";
        Article a = text(page(BODY_1, "", progressive, "", BODY_2));
        assertEquals(List.of(), a.captions());
        assertEquals(List.of(BODY_1, progressive, BODY_2), Outcomes.texts(a, a.paragraphs()));
    }

    @Test
    void captionMarkupInlineBesideBodyTextIsItsOwnBlock() {
        Article a = html("""
                <html><head><title>서울시, 2024년 시정 방향 발표</title></head><body>
                <div id="dic_area"><span class="end_photo_org"><img src="p.jpg" alt=""><em class="img_desc">오세훈 서울시장이 \
                8일 서울시청에서 열린 신년 기자회견에서 발언하고 있다. (사진=서울시)</em></span>오세훈 서울시장은 8일 서울시청에서 \
                신년 기자회견을 열고 올해 시정 방향을 발표했다.<br><br>오 시장은 이날 민생 경제 회복과 약자와의 동행을 최우선 \
                과제로 꼽았다.</div></body></html>
                """);
        assertEquals(List.of("오세훈 서울시장이 8일 서울시청에서 열린 신년 기자회견에서 발언하고 있다. (사진=서울시)"),
                Outcomes.texts(a, a.captions()));
        assertEquals(List.of(BODY_1, BODY_2), Outcomes.texts(a, a.paragraphs()));
    }

    @Test
    void captionClassParagraphAndTableCellBelowAnImageAreCaptions() {
        Article a = html("""
                <html><head><title>서울시, 2024년 시정 방향 발표</title></head><body><div class="article_body">
                <p class="photo_caption">오세훈 서울시장이 서울시청 다목적홀에서 열린 시무식에서 직원들과 인사하고 있다.</p>
                <p>오세훈 서울시장은 8일 서울시청에서 신년 기자회견을 열고 올해 시정 방향을 발표했다.</p>
                <table><tr><td><img src="q.jpg"></td></tr>
                <tr><td>오세훈 서울시장이 서울시청 브리핑룸에서 열린 기자회견에서 질문에 답하고 있다.</td></tr></table>
                <p>오 시장은 이날 민생 경제 회복과 약자와의 동행을 최우선 과제로 꼽았다.</p>
                </div></body></html>
                """);
        assertEquals(List.of("오세훈 서울시장이 서울시청 다목적홀에서 열린 시무식에서 직원들과 인사하고 있다.",
                "오세훈 서울시장이 서울시청 브리핑룸에서 열린 기자회견에서 질문에 답하고 있다."), Outcomes.texts(a, a.captions()));
        assertEquals(List.of(BODY_1, BODY_2), Outcomes.texts(a, a.paragraphs()));
    }

    @Test
    void shapeRulesKeepToSingleSentencesAndListsStayLists() {
        assertEquals(false, CaptionShapes.isCredited("그는 이렇게 밝혔다. 시는 현재 시설을 운영하고 있다. (연합뉴스)"));
        assertEquals(true, CaptionShapes.isCredited("시민들이 광화문광장에서 눈을 치우고 있다. /서울시 제공"));
        assertEquals(LineKind.BULLET,
                LineClassifier.classify("• 시민들이 광화문광장에서 눈을 치우고 있다 [포토]"));
        assertEquals(true, CaptionShapes.isImageMarker("[사진]"));
        assertEquals(false, CaptionShapes.isImageMarker("사진 속 인물은 누구인가"));
    }
}
