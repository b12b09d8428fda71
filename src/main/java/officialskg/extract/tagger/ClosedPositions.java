package officialskg.extract.tagger;

import officialskg.nlp.Morpheme;

import java.util.List;
import java.util.Set;

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

    /** Nori parts of speech (the whole tag, compounds included) whose syllables are labelled outside unscored. */
    static final Set<String> CLOSED = Set.of(
            "EC", "EF", "EP", "ETM", "ETN", "JKB", "JKO", "JKS", "JKC", "JKQ", "JX", "SF", "NNB",
            "VV", "VV+EC", "VV+EF", "VV+EP", "VX", "VX+EC", "VX+EF", "VX+EP", "VX+ETM", "VA", "VA+EF", "VA+EP",
            "VCP", "VCP+EF", "VCP+EP", "XSV", "XSV+EC", "XSV+EF", "XSV+EP", "XSV+ETM", "XSA+EC", "XSA+EF",
            "XSA+EP");

    private ClosedPositions() {
    }

    /** Per position of {@code s}, whether it is closed. */
    static boolean[] of(SyllableSequence s) {
        List<Morpheme> morphemes = s.morphemes();
        boolean[] closedMorpheme = new boolean[morphemes.size()];
        for (int k = 0; k < closedMorpheme.length; k++) {
            closedMorpheme[k] = CLOSED.contains(morphemes.get(k).pos());
        }
        int[] morphemeOf = s.morphemeOf();
        boolean[] out = new boolean[s.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = morphemeOf[i] >= 0 && closedMorpheme[morphemeOf[i]];
        }
        return out;
    }
}
