package officialskg.article;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The seed article: a real scraped page with font-size buttons, reactions, headline lists and a crypto ticker. */
class SeedArticleTest {

    static final Path SEED = Path.of("../shared/seed/000_f4471e151cd5cea1.txt");

    static Article article;
    static List<String> sourceLines;

    @BeforeAll
    static void read() throws IOException {
        assumeTrue(Files.isReadable(SEED), "shared seed article not present");
        Outcomes outcomes = Outcomes.read(SEED);
        assertEquals(List.of(), outcomes.messages());
        article = outcomes.articles().getFirst();
        sourceLines = Files.readAllLines(SEED).stream().map(String::strip).toList();
    }

    @Test
    void headlineDateAndSubtitles() {
        assertEquals("000_f4471e151cd5cea1", article.id());
        assertEquals("오세훈, CES 2024 참석 美 출장길…서울 기업 세일즈·투자유치 총력", article.title());
        assertEquals("2024-01-08T11:15+09:00[Asia/Seoul]", article.published().orElseThrow().dateTime().toString());
        assertTrue(article.published().orElseThrow().timeKnown());
        assertEquals("2024-01-08T11:15:00+09:00", article.published().orElseThrow().lexical());
        assertEquals(List.of("이틀간 ‘CES2024’ 서울관 등 방문", "MLB 국제사업총괄 부사장과 만남", "‘서울 스마트 라이프 위크’ 로드맵"),
                article.subtitles());
        // The only outlet credits are "(연합뉴스)" on photo captions: the photo's source, not the publisher.
        assertEquals("", article.publisher());
    }

    @Test
    void everyParagraphIsKeptWholeAndInOrder() {
        List<String> paragraphs = Outcomes.texts(article, article.paragraphs());
        assertEquals(12, paragraphs.size());
        assertEquals("오세훈 서울시장이 세계 최대 가전·정보기술 박람회 ‘CES 2024’ 참석차 미국 출장길에 오른다. "
                + "오 시장은 ‘CES 2024’ 서울관에 참여하는 기업들을 격려하고 서울 기업 세일즈와 투자유치에 나설 계획이다.",
                paragraphs.getFirst());
        assertEquals("라스베이거스 관광청 방문해 ‘관광마케팅 전략’ 청취", paragraphs.get(8));
        assertTrue(paragraphs.getLast().startsWith("오 시장은 지난해 개관 직후부터"));
        assertTrue(paragraphs.getLast().endsWith("방안도 구상할 예정이다."));
        int previous = -1;
        for (String paragraph : paragraphs) {
            int line = sourceLines.indexOf(paragraph);
            assertTrue(line > previous, "paragraph is a whole source line, in order: " + paragraph);
            previous = line;
        }
        // Every prose line of the source (long, ending in 다.) is in the body.
        long proseLines = sourceLines.stream().filter(l -> l.length() > 40 && l.endsWith("다.")).count();
        assertEquals(proseLines, paragraphs.stream().filter(p -> p.endsWith("다.")).count());
    }

    @Test
    void duplicatedCaptionsAreKeptOnceWithoutTheirMarker() {
        List<String> captions = Outcomes.texts(article, article.captions());
        assertEquals(List.of(
                "오세훈 서울시장이 서울 중구 대한상공회의소 국제회의장에서 열린 서울시 신년인사회에 참석해 신년사하고 있다. (연합뉴스)",
                "오세훈 서울시장과 최태원 서울상공회의소 회장이 서울 중구 대한상공회의소 국제회의장에서 열린 서울시 신년인사회에 참석해 "
                        + "국기에 경례하고 있다. (연합뉴스)"), captions);
        assertEquals(TextSpan.Kind.CAPTION, article.spans().getFirst().kind());
        assertEquals(new TextSpan(0, 66, TextSpan.Kind.CAPTION), article.spans().getFirst());
        assertEquals(new TextSpan(68, 186, TextSpan.Kind.PARAGRAPH), article.spans().get(1));
    }

    @Test
    void pageChromeIsGone() {
        for (String chrome : List.of("민희진", "이재용", "비트코인", "가장작게", "크게", "좋아요", "화나요", "추가취재",
                "주요 뉴스", "04.26", "91,144,000", "+0.16%", "실시간", "24시간 변동률", "입력 2024", "▲")) {
            assertFalse(article.text().contains(chrome), "chrome left in text: " + chrome);
        }
    }

    @Test
    void paragraphsAreJoinedByABlankLine() {
        List<TextSpan> spans = article.spans();
        for (int i = 1; i < spans.size(); i++) {
            assertEquals(spans.get(i - 1).end() + 2, spans.get(i).start());
        }
        assertEquals(article.text().codePointCount(0, article.text().length()), spans.getLast().end());
        assertFalse(article.text().contains("\n\n\n"));
    }
}
