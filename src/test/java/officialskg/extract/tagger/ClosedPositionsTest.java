package officialskg.extract.tagger;

import officialskg.nlp.Morpheme;
import officialskg.nlp.PosTag;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ClosedPositionsTest {

    /** The closed tags as Nori writes them, as the committed model was decoded with. */
    private static final Set<String> WRITTEN = Set.of(
            "EC", "EF", "EP", "ETM", "ETN", "JKB", "JKO", "JKS", "JKC", "JKQ", "JX", "SF", "NNB",
            "VV", "VV+EC", "VV+EF", "VV+EP", "VX", "VX+EC", "VX+EF", "VX+EP", "VX+ETM", "VA", "VA+EF", "VA+EP",
            "VCP", "VCP+EF", "VCP+EP", "XSV", "XSV+EC", "XSV+EF", "XSV+EP", "XSV+ETM", "XSA+EC", "XSA+EF",
            "XSA+EP");

    @Test
    void closedExactlyForTheWrittenTags() {
        int closed = 0;
        for (PosTag first : PosTag.values()) {
            for (PosTag last : PosTag.values()) {
                Morpheme m = new Morpheme(0, 1, "x", first, last);
                assertEquals(WRITTEN.contains(m.pos()), ClosedPositions.closed(m), m.pos());
                closed += ClosedPositions.closed(m) ? 1 : 0;
            }
        }
        assertEquals(WRITTEN.size(), closed);
    }
}
