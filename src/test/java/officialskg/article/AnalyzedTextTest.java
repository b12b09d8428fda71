package officialskg.article;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AnalyzedTextTest {

    private static Article article(String title, List<String> subtitles, String body) {
        return new Article("a1", title, subtitles, Optional.empty(), "", "", body,
                List.of(new TextSpan(0, body.codePointCount(0, body.length()), TextSpan.Kind.PARAGRAPH)), "test");
    }

    @Test
    void bodyAloneWithoutHeadline() {
        Article a = article("", List.of(), "박형준 부산시장이 2일 기자회견을 열었다.");
        assertEquals("박형준 부산시장이 2일 기자회견을 열었다.", AnalyzedText.of(a));
        assertEquals(0, AnalyzedText.bodyOffset(a));
    }

    @Test
    void titleBlankLineBodyAsInTheContract() {
        Article a = article("부산시, 엑스포 유치 총력", List.of(), "본문 🎉 끝.");
        assertEquals("부산시, 엑스포 유치 총력\n\n본문 🎉 끝.", AnalyzedText.of(a));
        assertEquals(16, AnalyzedText.bodyOffset(a));
    }

    @Test
    void summaryLinesSitBetweenTitleAndBody() {
        Article a = article("오늘의 제목", List.of("부제 하나", "부제 둘"), "본문.");
        String analyzed = AnalyzedText.of(a);
        assertEquals("오늘의 제목\n\n부제 하나\n부제 둘\n\n본문.", analyzed);
        int shift = AnalyzedText.bodyOffset(a);
        assertEquals("본문.", analyzed.substring(analyzed.offsetByCodePoints(0, shift)));
    }
}
