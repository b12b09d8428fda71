package officialskg.nlp.nori;

import officialskg.nlp.Morpheme;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What a user dictionary entry does to the tokens and to their neighbours' tags. */
class NoriUserDictionaryTest {

    private static List<String> tags(NoriKoreanAnalyzer analyzer, String text) {
        return analyzer.analyze(text).get(0).morphemes().stream().map(m -> m.surface() + "/" + m.pos()).toList();
    }

    @Test
    void aCompoundEntryKeepsTheEventNounWholeAndLeavesNeighboursAlone() {
        String text = "서울시 신년인사회에 참석한 최태원 회장";
        assertEquals(List.of("서울시/NNP", "신년/NNG", "인/VCP+ETM", "사회/NNG", "에/JKB", "참석/NNG", "한/XSV+ETM",
                "최태원/NNP", "회장/NNG"), tags(new NoriKoreanAnalyzer(), text));
        assertEquals(List.of("서울시/NNP", "신년인사회/NNG", "에/JKB", "참석/NNG", "한/XSV+ETM", "최태원/NNP", "회장/NNG"),
                tags(NoriUserDictionary.analyzerWithBundled(), text));
    }

    @Test
    void aProperNameEntryWouldTurnItIntoACommonNounWhichIsWhyNoneAreBundled() {
        NoriKoreanAnalyzer withNames = new NoriKoreanAnalyzer(NoriUserDictionary.of(List.of("오세훈", "라스베이거스")));
        List<Morpheme> m = withNames.analyze("오세훈 시장이 라스베이거스를").get(0).morphemes();
        assertEquals("NNG", m.get(0).pos());
        assertEquals("NNP", new NoriKoreanAnalyzer().analyze("오세훈 시장이").get(0).morphemes().get(0).pos());
    }
}
