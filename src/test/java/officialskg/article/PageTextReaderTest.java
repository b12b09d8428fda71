package officialskg.article;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Smaller page shapes: caption markers, pages without headline, short sentences, one-line date stamps. */
class PageTextReaderTest {

    private static Article read(String page) {
        Outcomes outcomes = Outcomes.read("page.txt", new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8)),
                InputFormat.TEXT);
        assertEquals(List.of(), outcomes.messages());
        return outcomes.articles().getFirst();
    }

    @Test
    void bracketPhotoMarkerAndConsecutiveLines() {
        Article a = read("""
                세종시, 행정수도 완성 추진단 출범
                입력 2024.08.01 09:00 | 수정 2024.08.01 10:10
                【사진】 최민호 세종시장이 1일 시청에서 행정수도 완성 추진단 현판식을 하고 있다.
                최민호 세종시장은 1일 행정수도 완성 추진단을 출범시키고 대통령 세종집무실 조기 건립을 정부에 요청했다.
                추진단은 국회 세종의사당 건립과 중앙부처 추가 이전 과제를 맡는다.
                감사합니다.
                """);
        assertEquals("세종시, 행정수도 완성 추진단 출범", a.title());
        assertEquals("2024-08-01T09:00+09:00[Asia/Seoul]", a.published().orElseThrow().dateTime().toString());
        assertEquals(List.of("최민호 세종시장이 1일 시청에서 행정수도 완성 추진단 현판식을 하고 있다."),
                Outcomes.texts(a, a.captions()));
        assertEquals(List.of(
                "최민호 세종시장은 1일 행정수도 완성 추진단을 출범시키고 대통령 세종집무실 조기 건립을 정부에 요청했다.",
                "추진단은 국회 세종의사당 건립과 중앙부처 추가 이전 과제를 맡는다.",
                "감사합니다."), Outcomes.texts(a, a.paragraphs()));
    }

    @Test
    void shortLeadSentenceIsBodyNotSubtitle() {
        Article a = read("""
                동계올림픽 폐막

                2022-02-20 21:00

                베이징 동계 올림픽이 폐막했다.

                대한민국 선수단은 금메달 2개, 은메달 5개, 동메달 2개로 종합 14위를 기록했다고 대한체육회가 밝혔다.
                """);
        assertEquals(List.of(), a.subtitles());
        assertEquals("2022-02-20T21:00+09:00[Asia/Seoul]", a.published().orElseThrow().dateTime().toString());
        assertEquals("베이징 동계 올림픽이 폐막했다.", a.textOf(a.paragraphs().getFirst()));
    }

    @Test
    void pageThatStartsWithItsBodyHasNoTitle() {
        Article a = read("""
                국토교통부는 2일 수도권 광역급행철도 C노선의 착공식을 경기 의정부에서 열었다고 밝혔다. 이날 착공식에는 국토교통부 장관과 경기도지사, 의정부시장 등 500여 명이 참석했다.

                C노선은 2028년 개통을 목표로 한다.
                """);
        assertEquals("", a.title());
        assertEquals(2, a.paragraphs().size());
        assertTrue(a.text().startsWith("국토교통부는 2일"));
        assertEquals(a.text(), AnalyzedText.of(a));
    }

    @Test
    void reporterLinesAndCopyrightAreCutAndNameTheOutlet() {
        Article a = read("""
                대전시, 우주항공 기업 유치 설명회

                입력 2024-06-03 11:00

                [대전=뉴스1] 최현우 기자 = 대전시는 3일 서울 코엑스에서 우주항공 기업 유치 설명회를 열었다.

                이장우 대전시장은 "대전을 우주산업 클러스터의 중심으로 만들겠다"고 말했다.

                최현우 기자

                ⓒ 뉴스1코리아(news1.kr), 무단 전재 및 재배포 금지
                """);
        assertEquals("뉴스1", a.publisher());
        assertEquals(List.of("대전시는 3일 서울 코엑스에서 우주항공 기업 유치 설명회를 열었다.",
                "이장우 대전시장은 \"대전을 우주산업 클러스터의 중심으로 만들겠다\"고 말했다."), Outcomes.texts(a, a.paragraphs()));
    }

    @Test
    void photoCreditAtTheStartOfAParagraphIsNoDateline() {
        Article a = read("""
                인천공항, 여름 성수기 특별 대책

                입력 2024-07-15 14:00

                (사진=연합뉴스) 인천국제공항공사는 15일 여름 성수기 하루 평균 여객이 21만 명에 이를 것으로 예상된다고 밝혔다.
                """);
        assertEquals("", a.publisher());
        assertTrue(a.text().startsWith("(사진=연합뉴스) 인천국제공항공사는"));
    }
}
