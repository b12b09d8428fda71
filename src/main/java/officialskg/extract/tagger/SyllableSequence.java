package officialskg.extract.tagger;

import officialskg.extract.Document;
import officialskg.nlp.Morpheme;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The positions the tagger labels: every non-space code point of a sentence, with the morpheme covering it.
 * Spaces are not positions (an entity may still span them: {@code 요미우리 자이언츠}); the space before a position
 * is a feature instead.
 *
 * @param chars       code point per position
 * @param offsets     code-point offset of each position in the document text
 * @param spaceBefore whether whitespace (or the sentence start) precedes the position
 * @param morphemeOf  index into {@code morphemes} of the morpheme covering each position, or -1
 * @param morphemes   the sentence's morphemes in order
 */
record SyllableSequence(int[] chars, int[] offsets, boolean[] spaceBefore, int[] morphemeOf,
                        List<Morpheme> morphemes) {

    /**
     * @param text      the sentence text
     * @param base      code-point offset of {@code text} in the document
     * @param morphemes morphemes with document offsets (those outside the sentence are ignored)
     */
    static SyllableSequence of(String text, int base, List<Morpheme> morphemes) {
        return of(Document.codePointsOf(text), base, morphemes);
    }

    /** The same, from the sentence's code points ({@link #codePoints}), which the tagger needs anyway. */
    static SyllableSequence of(int[] cps, int base, List<Morpheme> morphemes) {
        int n = 0;
        for (int c : cps) {
            if (!Character.isWhitespace(c)) {
                n++;
            }
        }
        int[] chars = new int[n];
        int[] offsets = new int[n];
        boolean[] spaceBefore = new boolean[n];
        int[] positionAt = new int[cps.length];
        int p = 0;
        for (int j = 0; j < cps.length; j++) {
            if (Character.isWhitespace(cps[j])) {
                positionAt[j] = -1;
                continue;
            }
            chars[p] = cps[j];
            offsets[p] = base + j;
            spaceBefore[p] = j == 0 || Character.isWhitespace(cps[j - 1]);
            positionAt[j] = p++;
        }
        int[] morphemeOf = new int[n];
        Arrays.fill(morphemeOf, -1);
        List<Morpheme> kept = new ArrayList<>();
        for (Morpheme m : morphemes) {
            int from = Math.max(m.start() - base, 0);
            int to = Math.min(m.end() - base, cps.length);
            if (from >= to) {
                continue;
            }
            for (int j = from; j < to; j++) {
                if (positionAt[j] >= 0) {
                    morphemeOf[positionAt[j]] = kept.size();
                }
            }
            kept.add(m);
        }
        return new SyllableSequence(chars, offsets, spaceBefore, morphemeOf, List.copyOf(kept));
    }

    int length() {
        return chars.length;
    }

    /** The morpheme covering position {@code i}, or {@code null}. */
    Morpheme morphemeAt(int i) {
        int m = morphemeOf[i];
        return m < 0 ? null : morphemes.get(m);
    }

    /** The morpheme {@code delta} morphemes away from the one covering {@code i}, or {@code null}. */
    Morpheme morphemeNear(int i, int delta) {
        int m = morphemeOf[i];
        if (m < 0) {
            return null;
        }
        int k = m + delta;
        return k < 0 || k >= morphemes.size() ? null : morphemes.get(k);
    }
}
