package officialskg.nlp;

import officialskg.nlp.nori.NoriKoreanAnalyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NoriKoreanAnalyzerTest {

    private final NoriKoreanAnalyzer analyzer = new NoriKoreanAnalyzer();

    @Test
    void tagsAndOffsetsOfANewsSentence() {
        List<Sentence> sentences = analyzer.analyze("오세훈 서울시장이 8일 미국으로 떠난다.");
        assertEquals(1, sentences.size());
        List<Morpheme> m = sentences.get(0).morphemes();
        assertEquals(new Morpheme(0, 3, "오세훈", "NNP"), m.get(0));
        assertEquals(new Morpheme(4, 6, "서울", "NNP"), m.get(1));
        assertEquals(new Morpheme(6, 8, "시장", "NNG"), m.get(2));
        assertEquals(new Morpheme(8, 9, "이", "JKS"), m.get(3));
    }

    @Test
    void offsetsAreCodePointsAfterAnEmoji() {
        String text = "🎉 축하 행사. 최태원 회장이 참석했다.";
        List<Sentence> sentences = analyzer.analyze(text);
        assertEquals(2, sentences.size());
        Sentence second = sentences.get(1);
        assertEquals(9, second.start());
        Morpheme name = second.morphemes().get(0);
        assertEquals("최태원", name.surface());
        assertEquals(9, name.start());
        assertEquals(12, name.end());
        assertEquals("최태원", text.substring(text.offsetByCodePoints(0, 9), text.offsetByCodePoints(0, 12)));
    }

    @Test
    void splitsOnSentenceEndsAndLinesButNotInsideNumbers() {
        String text = "금리는 3.5%다. 그는 \"좋다.\"라고 말했다.\n둘째 줄";
        List<int[]> spans = new SentenceSplitter().split(text);
        assertEquals(3, spans.size());
        assertEquals(0, spans.get(0)[0]);
        assertEquals(10, spans.get(0)[1]);
        assertEquals("둘째 줄", text.substring(spans.get(2)[0], spans.get(2)[1]));
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aStretchWithoutSentenceEndsIsCutAtSpacesIntoBoundedPieces() {
        String text = "국회의원이 ".repeat(350);
        List<Sentence> sentences = analyzer.analyze(text);
        // 6 code points a word, spaces at 6k+5: the last space at or before 1,000 is at 995.
        assertEquals(List.of(0, 996, 1992), sentences.stream().map(Sentence::start).toList());
        assertEquals(List.of(995, 1991, 2099), sentences.stream().map(Sentence::end).toList());
        assertTrue(sentences.get(1).text().startsWith("국회의원이 국회의원이"));
        assertEquals(996, sentences.get(1).morphemes().getFirst().start());
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aStretchWithoutSpacesIsCutAtTheLimit() {
        String text = "가".repeat(2500);
        List<Sentence> sentences = analyzer.analyze(text);
        assertEquals(List.of(0, 1000, 2000), sentences.stream().map(Sentence::start).toList());
        assertEquals(List.of(1000, 2000, 2500), sentences.stream().map(Sentence::end).toList());
    }
}
