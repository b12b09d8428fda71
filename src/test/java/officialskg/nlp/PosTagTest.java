package officialskg.nlp;

import officialskg.nlp.nori.NoriKoreanAnalyzer;
import org.apache.lucene.analysis.ko.POS;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The tags are Nori's, and each question the extractors ask of a morpheme's tags gives what the comparison of its
 * written tag ({@code VV+EC}) that it replaced gave, for every pair of tags.
 */
class PosTagTest {

    @Test
    void theTagsAreNorisByName() {
        Set<String> nori = Arrays.stream(POS.Tag.values()).map(Enum::name).collect(Collectors.toSet());
        Set<String> ours = Arrays.stream(PosTag.values()).map(Enum::name).collect(Collectors.toSet());
        assertEquals(nori, ours);
        for (String name : nori) {
            assertEquals(name, PosTag.parse(name).name());
        }
        assertThrows(IllegalArgumentException.class, () -> PosTag.parse("nnp"));
        assertThrows(IllegalArgumentException.class, () -> PosTag.parse("VV+EC"));
    }

    @Test
    void aMorphemeReadsAndWritesNorisTag() {
        Morpheme plain = new Morpheme(0, 2, "서울", "NNP");
        assertEquals(PosTag.NNP, plain.tag());
        assertEquals(PosTag.NNP, plain.lastTag());
        assertEquals("NNP", plain.pos());
        assertEquals(new Morpheme(0, 2, "서울", PosTag.NNP), plain);
        Morpheme inflected = new Morpheme(0, 3, "떠난다", "VV+EF");
        assertEquals(PosTag.VV, inflected.tag());
        assertEquals(PosTag.EF, inflected.lastTag());
        assertEquals("VV+EF", inflected.pos());
    }

    @Test
    void inflectedFormsFromNori() {
        List<Morpheme> m = new NoriKoreanAnalyzer().analyze("오세훈 시장이 미국으로 떠난다.").get(0).morphemes();
        Morpheme verb = m.stream().filter(x -> x.surface().equals("떠난다")).findFirst().orElseThrow();
        assertEquals(PosTag.VV, verb.tag());
        assertEquals(PosTag.EF, verb.lastTag());
        assertEquals("VV+EF", verb.pos());
    }

    /** Every (first, last) pair, and the string test on its written form that each question replaced. */
    @Test
    void questionsAnswerAsTheStringTestsDid() {
        for (PosTag first : PosTag.values()) {
            for (PosTag last : PosTag.values()) {
                Morpheme m = new Morpheme(0, 1, "x", first, last);
                String pos = m.pos();
                assertEquals(first == last ? first.name() : first.name() + "+" + last.name(), pos);
                assertEquals(m, new Morpheme(0, 1, "x", pos));
                PosTag t = m.tag();
                assertEquals(pos.startsWith("J"), t.isParticle(), pos);
                assertEquals(pos.startsWith("E"), t.isEnding(), pos);
                assertEquals(pos.startsWith("S"), t.isSymbol(), pos);
                assertEquals(pos.startsWith("M"), t.isModifier(), pos);
                assertEquals(pos.startsWith("V"), t.isPredicate(), pos);
                assertEquals(pos.startsWith("X"), t.isAffix(), pos);
                assertEquals(pos.startsWith("N"), t.isNominal(), pos);
                assertEquals(pos.startsWith("NN"), t.isNoun(), pos);
                assertEquals(pos.startsWith("XS"), t.isSuffix(), pos);
                assertEquals(pos.contains("ETM"), m.has(PosTag.ETM), pos);
                assertEquals(pos.endsWith("EC"), m.lastTag() == PosTag.EC, pos);
                assertEquals(pos.endsWith("EF"), m.lastTag() == PosTag.EF, pos);
                assertEquals(pos.matches("NN.*|MM|XPN|SN"),
                        t.isNoun() || m.is(PosTag.MM) || m.is(PosTag.XPN) || m.is(PosTag.SN), pos);
                for (PosTag u : PosTag.values()) {
                    assertEquals(pos.equals(u.name()), m.is(u), pos + " is " + u);
                    if (Set.of("VV", "VCP", "XSV", "XSN", "JKO", "JKB", "NNG", "MAG").contains(u.name())) {
                        assertEquals(pos.startsWith(u.name()), m.tag() == u, pos + " starts with " + u);
                    }
                }
            }
        }
    }
}
