package officialskg.article;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Span offsets count Unicode code points, so an emoji (two UTF-16 units) moves later spans by one, not two. */
class CodePointOffsetsTest {

    @TempDir
    Path dir;

    @Test
    void composedPageWithEmojiHasExactSpans() {
        Article a = Outcomes.page("joongang-gyeonggi-forum.txt");
        assertEquals(List.of(
                new TextSpan(0, 67, TextSpan.Kind.CAPTION),
                new TextSpan(69, 182, TextSpan.Kind.PARAGRAPH),
                new TextSpan(184, 277, TextSpan.Kind.PARAGRAPH),
                new TextSpan(279, 385, TextSpan.Kind.PARAGRAPH),
                new TextSpan(387, 462, TextSpan.Kind.PARAGRAPH),
                new TextSpan(464, 511, TextSpan.Kind.CAPTION),
                new TextSpan(513, 561, TextSpan.Kind.PARAGRAPH)), a.spans());
        String text = a.text();
        assertEquals(430, text.codePointCount(0, text.indexOf("💪")));
        // After the emoji, UTF-16 indexes run one ahead of code points: the caption starts at UTF-16 index 465.
        assertEquals(465, text.indexOf("행사장 로비에서"));
        assertEquals(561, text.codePointCount(0, text.length()));
        assertEquals(562, text.length());
        assertEquals("행사장 로비에서 열린 기업 상담회에는 도내 중소기업 60곳이 참여했다. /사진=경기도", a.textOf(a.spans().get(5)));
    }

    @Test
    void emojiInCaptionAndParagraphOfAPlainPage() throws IOException {
        String page = """
                대한상의 회장, 신년 메시지

                입력 2024-01-02 08:00

                ▲🎉 대한상공회의소 신년인사회 현장에서 참석자들이 건배하고 있다. /사진=대한상공회의소

                대한상공회의소는 2일 신년 메시지에서 "올해 🇰🇷 기업이 세계로 뻗어가도록 돕겠다"고 밝혔다.

                상의는 이달 중 회원사 간담회를 열어 규제 개선 과제를 모을 계획이다.
                """;
        Files.writeString(dir.resolve("emoji.txt"), page);
        Article a = Outcomes.read(dir.resolve("emoji.txt")).articles().getFirst();
        assertEquals(List.of(
                new TextSpan(0, 47, TextSpan.Kind.CAPTION),
                new TextSpan(49, 101, TextSpan.Kind.PARAGRAPH),
                new TextSpan(103, 142, TextSpan.Kind.PARAGRAPH)), a.spans());
        assertEquals("🎉 대한상공회의소 신년인사회 현장에서 참석자들이 건배하고 있다. /사진=대한상공회의소", a.textOf(a.captions().getFirst()));
        assertEquals("상의는 이달 중 회원사 간담회를 열어 규제 개선 과제를 모을 계획이다.", a.textOf(a.spans().get(2)));
        AnalyzedTextCheck.bodyOffsetPointsAtTheBody(a);
    }

    /** The analyzed text (title, blank line, body) shifts every body span by {@link AnalyzedText#bodyOffset}. */
    static final class AnalyzedTextCheck {
        static void bodyOffsetPointsAtTheBody(Article a) {
            String analyzed = AnalyzedText.of(a);
            int shift = AnalyzedText.bodyOffset(a);
            for (TextSpan span : a.spans()) {
                int from = analyzed.offsetByCodePoints(0, span.start() + shift);
                int to = analyzed.offsetByCodePoints(0, span.end() + shift);
                assertEquals(a.textOf(span), analyzed.substring(from, to));
            }
        }
    }
}
