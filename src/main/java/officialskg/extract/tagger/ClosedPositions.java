package officialskg.extract.tagger;

import officialskg.nlp.Morpheme;
import officialskg.nlp.PosTag;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static officialskg.nlp.PosTag.EC;
import static officialskg.nlp.PosTag.EF;
import static officialskg.nlp.PosTag.EP;
import static officialskg.nlp.PosTag.ETM;
import static officialskg.nlp.PosTag.ETN;
import static officialskg.nlp.PosTag.JKB;
import static officialskg.nlp.PosTag.JKC;
import static officialskg.nlp.PosTag.JKO;
import static officialskg.nlp.PosTag.JKQ;
import static officialskg.nlp.PosTag.JKS;
import static officialskg.nlp.PosTag.JX;
import static officialskg.nlp.PosTag.NNB;
import static officialskg.nlp.PosTag.SF;
import static officialskg.nlp.PosTag.VA;
import static officialskg.nlp.PosTag.VCP;
import static officialskg.nlp.PosTag.VV;
import static officialskg.nlp.PosTag.VX;
import static officialskg.nlp.PosTag.XSA;
import static officialskg.nlp.PosTag.XSV;

/**
 * The positions the tagger labels outside without scoring them: syllables of morphemes whose Nori part of speech
 * almost never lies inside a person, organization or place name. About a third of a news sentence is endings,
 * case particles, verbs and sentence marks, and scoring them cost as much as scoring the names.
 *
 * <p>The set comes from the KLUE-NER WikiTree sentences (all 1,025, gold spans): every part of speech here is inside
 * a PS/OG/LC span for at most 1 % of its syllables (case particles 0.2–0.8 %, connective endings 0.8 %, bound nouns
 * 0.5 %, sentence-final marks 0 %). Genitive and conjunctive particles stay open ({@code 국민의힘}, {@code 한국과학기술원}
 * style names: 1.7 % and 4.7 %), and so do verbs and adjectives before an ending that makes a modifier
 * ({@code VV+ETM}, {@code VA+ETM}: names like {@code 함께하는 시민행동}), numbers, symbols and brackets.
 * Training still scores every position: the model is the same, only decoding skips the closed ones.
 */
final class ClosedPositions {

    /** Nori parts of speech of a plain morpheme whose syllables are labelled outside unscored. */
    static final Set<PosTag> CLOSED = EnumSet.of(
            EC, EF, EP, ETM, ETN, JKB, JKO, JKS, JKC, JKQ, JX, SF, NNB, VV, VX, VA, VCP, XSV);
    /** The same for inflected forms (VV+EC): by the first part's tag, the last parts' tags that close it. */
    static final Map<PosTag, Set<PosTag>> CLOSED_INFLECTED = Map.of(
            VV, EnumSet.of(EC, EF, EP),
            VX, EnumSet.of(EC, EF, EP, ETM),
            VA, EnumSet.of(EF, EP),
            VCP, EnumSet.of(EF, EP),
            XSV, EnumSet.of(EC, EF, EP, ETM),
            XSA, EnumSet.of(EC, EF, EP));
    /** Both as a table by (first, last) tag: asked for every morpheme. */
    private static final boolean[][] CLOSED_PAIRS = pairs();

    private static boolean[][] pairs() {
        PosTag[] tags = PosTag.values();
        boolean[][] out = new boolean[tags.length][tags.length];
        for (PosTag first : tags) {
            for (PosTag last : tags) {
                out[first.ordinal()][last.ordinal()] = first == last ? CLOSED.contains(first)
                        : CLOSED_INFLECTED.getOrDefault(first, Set.of()).contains(last);
            }
        }
        return out;
    }

    private ClosedPositions() {
    }

    /** Per position of {@code s}, whether it is closed. */
    static boolean[] of(SyllableSequence s) {
        List<Morpheme> morphemes = s.morphemes();
        boolean[] closedMorpheme = new boolean[morphemes.size()];
        for (int k = 0; k < closedMorpheme.length; k++) {
            closedMorpheme[k] = closed(morphemes.get(k));
        }
        int[] morphemeOf = s.morphemeOf();
        boolean[] out = new boolean[s.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = morphemeOf[i] >= 0 && closedMorpheme[morphemeOf[i]];
        }
        return out;
    }

    /** Whether the syllables of {@code m} are closed. */
    static boolean closed(Morpheme m) {
        return CLOSED_PAIRS[m.tag().ordinal()][m.lastTag().ordinal()];
    }
}
