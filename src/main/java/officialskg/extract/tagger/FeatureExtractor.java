package officialskg.extract.tagger;

import officialskg.extract.lexicon.Surnames;
import officialskg.extract.lexicon.WordLists;
import officialskg.nlp.Morpheme;
import officialskg.nlp.PosTag;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Turns each position of a {@link SyllableSequence} into hashed features: characters and character n-grams
 * around it, spacing, the Nori part of speech of its morpheme and the neighbouring morphemes, its place in the
 * morpheme, morpheme surfaces, the rest of the word's stem, nearby title words, a surname-initial flag, and where
 * the position sits in a name the {@link NameLexicon} knows.
 *
 * <p>Every feature is a 64-bit hash of (template number, values), so the model needs no string dictionary and the
 * same text always gives the same features. Every template fires at every position (absent values hash as a
 * sentinel), so each position has exactly {@link #TEMPLATES} features.
 *
 * <p>The template numbers are those of the first, 44-template set. Sixteen were dropped after an ablation
 * (MODEL.md, "Templates and labels"): one at a time, none of them moved held-out F1, and the retrained 28-template
 * model scores as the 44-template one did while computing and looking up 36 % fewer features per syllable. The
 * bias template went too: a per-label bias is already in the transition weights, since every position has exactly
 * one incoming transition.
 */
final class FeatureExtractor {

    static final int TEMPLATES = 28;

    /**
     * The features that depend on one code point alone (and the space before it): templates 1-5 (the characters
     * at -0, -1, +1, -2 and +2) and 14 (the space before with the character). {@link TaggerModel} keeps their
     * weights in rows addressed by code point, so decoding reads them without hashing or probing; the other
     * {@link #HASHED} templates are hashed. Entry {@code e} of a row is {@link #characterFeature characterFeature(e, c)}.
     */
    static final int CHARACTER_FEATURES = 7;

    /** Templates per position that decoding hashes ({@link #hashed}): all but the five character templates and 14. */
    static final int HASHED = TEMPLATES - 6;

    /** Sentinel code points of the positions before and after the window, for the character features. */
    static final int BEGIN_CHARACTER = -1;
    static final int END_CHARACTER = -2;

    /**
     * The key of character feature {@code entry} (0-4: templates 1-5; 5 and 6: template 14 without and with a
     * space before) for code point {@code c} or a sentinel: the same key {@link #flat} gives.
     */
    static long characterFeature(int entry, int c) {
        return entry < 5 ? h(entry + 1, c) : h(14, entry - 5, c);
    }

    private static final int BEGIN = BEGIN_CHARACTER;
    private static final int END = END_CHARACTER;
    private static final int NONE = -3;

    /**
     * Words for posts that follow a name ({@code 오세훈 서울시장}) or precede it ({@code title-words.txt}; the committed
     * model was trained with exactly these, so retrain it after a change).
     */
    private static final Set<String> TITLE_WORDS = WordLists.set(FeatureExtractor.class, "title-words.txt");

    long[][] extract(SyllableSequence s, int from, int to, NameLexicon lexicon) {
        long[] flat = flat(s, from, to, lexicon, null);
        long[][] out = new long[to - from][];
        for (int i = 0; i < out.length; i++) {
            out[i] = Arrays.copyOfRange(flat, i * TEMPLATES, (i + 1) * TEMPLATES);
        }
        return out;
    }

    /**
     * The features of positions {@code [from, to)} in one array, {@link #TEMPLATES} per position: what
     * {@link #extract} gives, without an array per position. Morpheme-level values (part-of-speech and surface
     * hashes, title words, particles) are worked out once per morpheme rather than once per use: a syllable
     * consults up to five morphemes, each several times. Positions that {@code closed} marks (may be {@code null})
     * get no features: {@link ClosedPositions}.
     */
    long[] flat(SyllableSequence s, int from, int to, NameLexicon lexicon, boolean[] closed) {
        return flat(s, from, to, lexicon, closed, new long[(to - from) * TEMPLATES]);
    }

    /**
     * The same into {@code out} (at least {@code (to - from) * TEMPLATES} long), which is returned; the entries of
     * closed positions are left as they were.
     */
    long[] flat(SyllableSequence s, int from, int to, NameLexicon lexicon, boolean[] closed, long[] out) {
        return features(s, from, to, lexicon, closed, out, false);
    }

    /**
     * The features of positions {@code [from, to)} less the {@link #CHARACTER_FEATURES character features},
     * {@link #HASHED} per position in template order: what {@link TaggerModel#emissions(long[], SyllableSequence,
     * int, int, boolean[], float[])} adds to the weights it reads by code point. Entries of closed positions are
     * left as they were.
     */
    long[] hashed(SyllableSequence s, int from, int to, NameLexicon lexicon, boolean[] closed, long[] out) {
        return features(s, from, to, lexicon, closed, out, true);
    }

    private long[] features(SyllableSequence s, int from, int to, NameLexicon lexicon, boolean[] closed, long[] out,
                            boolean hashedOnly) {
        int width = hashedOnly ? HASHED : TEMPLATES;
        int[] known = lexicon.states(s, from, to);
        MorphemeValues values = new MorphemeValues(s.morphemes());
        int wordStart = from;
        int wordEnd = from;
        int stemEnd = from;
        boolean[] spaceBefore = s.spaceBefore();
        int[] morphemeOf = s.morphemeOf();
        for (int i = from; i < to; i++) {
            if (spaceBefore[i]) {
                wordStart = i;
            }
            if (i >= wordEnd || spaceBefore[i]) { // a new word: find its end and stem end once
                wordEnd = i + 1;
                while (wordEnd < to && !spaceBefore[wordEnd]) {
                    wordEnd++;
                }
                stemEnd = wordStart;
                while (stemEnd < wordEnd && !values.particle(morphemeOf[stemEnd])) {
                    stemEnd++;
                }
            }
            if (closed == null || !closed[i]) {
                position(s, values, i, from, to, stemEnd, known, (i - from) * NameLexicon.TAGS.length, out,
                        (i - from) * width, hashedOnly);
            }
        }
        return out;
    }

    /**
     * Per morpheme of a sentence, the values the templates read. Index -1 and indices past either end stand for
     * "no morpheme" ({@code null} in the plain reading), whose values are the sentinels below.
     */
    private static final class MorphemeValues {
        private final int count;
        private final int[] tag;
        private final int[] surface;
        private final int[] title;
        private final int[] start;
        private final int[] end;
        private final boolean[] particle;

        MorphemeValues(List<Morpheme> morphemes) {
            count = morphemes.size();
            tag = new int[count];
            surface = new int[count];
            title = new int[count];
            start = new int[count];
            end = new int[count];
            particle = new boolean[count];
            for (int k = 0; k < count; k++) {
                Morpheme m = morphemes.get(k);
                tag[k] = FeatureExtractor.tag(m);
                surface[k] = FeatureExtractor.surface(m);
                title[k] = titleWord(m);
                start[k] = m.start();
                end[k] = m.end();
                particle[k] = isParticle(m);
            }
        }

        private boolean present(int k) {
            return k >= 0 && k < count;
        }

        int tag(int k) {
            return present(k) ? tag[k] : NONE;
        }

        int surface(int k) {
            return present(k) ? surface[k] : NONE;
        }

        int title(int k) {
            return present(k) ? title[k] : NONE;
        }

        boolean particle(int k) {
            return present(k) && particle[k];
        }

        int place(int k, int offset) {
            if (!present(k)) {
                return NONE;
            }
            boolean first = offset == start[k];
            boolean last = offset == end[k] - 1;
            return first && last ? 'S' : first ? 'B' : last ? 'E' : 'I';
        }
    }

    private static void position(SyllableSequence s, MorphemeValues v, int i, int from, int to, int stemEnd,
                                 int[] known, int k, long[] out, int at, boolean hashedOnly) {
        int c0 = ch(s, i, from, to);
        int cm1 = ch(s, i - 1, from, to);
        int cp1 = ch(s, i + 1, from, to);
        int cm2 = ch(s, i - 2, from, to);
        int cp2 = ch(s, i + 2, from, to);
        int sb = s.spaceBefore()[i] ? 1 : 0;
        int sa = i + 1 >= to || s.spaceBefore()[i + 1] ? 1 : 0;
        int m = s.morphemeOf()[i];
        // a position without a morpheme has no neighbours either (morphemeNear gives null for it)
        int prev = m < 0 ? -1 : m - 1;
        int next = m < 0 ? -1 : m + 1;
        int next2 = m < 0 ? -1 : m + 2;
        int next3 = m < 0 ? -1 : m + 3;
        int pos = v.tag(m);
        int place = v.place(m, s.offsets()[i]);
        int nextPos = v.tag(next);
        int surname = Surnames.isTaggerSurname(c0) && (sb == 1 || place == 'B' || place == 'S') ? 1 : 0;
        int titleNext = v.title(next);
        int titleNext2 = v.title(next2);
        if (!hashedOnly) { // character features 0-4; 5 and 6 are template 14 below
            out[at] = h(1, c0);
            out[at + 1] = h(2, cm1);
            out[at + 2] = h(3, cp1);
            out[at + 3] = h(4, cm2);
            out[at + 4] = h(5, cp2);
            at += 5;
        }
        out[at] = h(6, cm1, c0);
        out[at + 1] = h(7, c0, cp1);
        out[at + 2] = h(9, cp1, cp2);
        out[at + 3] = h(13, sb, sa);
        if (!hashedOnly) {
            out[at + 4] = h(14, sb, c0);
            at++;
        }
        out[at + 4] = h(17, pos);
        out[at + 5] = h(18, pos, place);
        out[at + 6] = h(19, v.tag(prev), pos);
        out[at + 7] = h(20, pos, nextPos);
        out[at + 8] = h(21, v.surface(m), place);
        out[at + 9] = h(23, v.surface(next), place);
        out[at + 10] = h(26, titleNext2, place);
        out[at + 11] = h(27, v.title(next3));
        out[at + 12] = h(28, v.title(prev), place);
        out[at + 13] = h(29, surname, place, sb);
        out[at + 14] = h(32, c0, pos);
        out[at + 15] = h(34, surname, titleNext != NONE || titleNext2 != NONE ? 1 : 0);
        out[at + 16] = h(35, v.tag(next2), nextPos, place);
        out[at + 17] = h(38, chars(s, i, stemEnd > i ? stemEnd : i + 1));
        out[at + 18] = h(40, known[k]);
        out[at + 19] = h(41, known[k + 1]);
        out[at + 20] = h(42, known[k + 2]);
        out[at + 21] = h(43, known[k], known[k + 1], known[k + 2], sb);
    }

    /** A hash of the code points {@code [from, to)}, capped at 12 so long runs cost little. */
    private static int chars(SyllableSequence s, int from, int to) {
        int[] chars = s.chars();
        int end = Math.min(to, from + 12);
        int h = 1;
        for (int k = from; k < end; k++) {
            h = 31 * h + chars[k];
        }
        return h;
    }

    /** Particles and endings that close a word's stem: josa (J*), endings (E*), suffixes (XS*), copula. */
    private static boolean isParticle(Morpheme m) {
        return m != null && (m.tag().isParticle() || m.tag().isEnding() || m.tag().isSuffix()
                || m.tag() == PosTag.VCP);
    }

    private static int ch(SyllableSequence s, int i, int from, int to) {
        return i < from ? BEGIN : i >= to ? END : s.chars()[i];
    }

    private static int tag(Morpheme m) {
        return m == null ? NONE : stringHash(m.pos());
    }

    private static int surface(Morpheme m) {
        return m == null || m.end() - m.start() > 8 ? NONE : stringHash(m.surface());
    }

    private static int titleWord(Morpheme m) {
        return m != null && TITLE_WORDS.contains(m.surface()) ? stringHash(m.surface()) : NONE;
    }

    /** A stable string hash (String.hashCode is specified, so it is the same on every JVM). */
    private static int stringHash(String s) {
        return s.hashCode();
    }

    // fixed arities rather than varargs: an array per feature adds up over 44 features per syllable
    private static long h(int template, int a) {
        return fold(step(seed(template), a));
    }

    private static long h(int template, int a, int b) {
        return fold(step(step(seed(template), a), b));
    }

    private static long h(int template, int a, int b, int c) {
        return fold(step(step(step(seed(template), a), b), c));
    }

    private static long h(int template, int a, int b, int c, int d) {
        return fold(step(step(step(step(seed(template), a), b), c), d));
    }

    private static long seed(int template) {
        return mix(template + 1);
    }

    private static final long MULTIPLIER = 0x9E3779B97F4A7C15L;

    /** One multiply per value (the former full mix per value was a third of the hashing time). */
    private static long step(long x, int value) {
        return (x ^ (value & 0xffffffffL)) * MULTIPLIER;
    }

    /** Brings the well-mixed high bits of the last product down, so low bits depend on every value. */
    private static long fold(long x) {
        return x ^ (x >>> 29);
    }

    /** SplitMix64's finalizer. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
