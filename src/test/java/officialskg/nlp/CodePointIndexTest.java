package officialskg.nlp;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CodePointIndexTest {

    @Test
    void surrogatePairsCountOnce() {
        String text = "🎉 오세훈 😀시장";
        CodePointIndex index = new CodePointIndex(text);
        assertEquals(0, index.at(0));
        assertEquals(2, index.at(text.indexOf("오세훈")));
        assertEquals(7, index.at(text.indexOf("시장")));
        assertEquals(text.codePointCount(0, text.length()), index.at(text.length()));
    }
}
