package officialskg.extract.tagger;

import officialskg.nlp.Morpheme;

import java.util.Set;

/**
 * Turns each position of a {@link SyllableSequence} into hashed features: characters and character n-grams
 * around it, spacing, character classes, the Nori part of speech of its morpheme and the neighbouring morphemes,
 * its place in the morpheme, a following particle (josa), the word's stem, nearby title words, a surname-initial
 * flag, and where the position sits in a name the {@link NameLexicon} knows.
 *
 * <p>Every feature is a 64-bit hash of (template number, values), so the model needs no string dictionary and the
 * same text always gives the same features. Every template fires at every position (absent values hash as a
 * sentinel), so each position has exactly {@link #TEMPLATES} features.
 */
final class FeatureExtractor {

    static final int TEMPLATES = 44;

    private static final int BEGIN = -1;
    private static final int END = -2;
    private static final int NONE = -3;

    /** Words for posts that follow a name ({@code 오세훈 서울시장}) or precede it. */
    private static final Set<String> TITLE_WORDS = Set.of(
            "시장", "장관", "대표", "회장", "의원", "대통령", "사장", "위원장", "총리", "지사", "구청장", "군수",
            "청장", "원장", "처장", "총장", "이사장", "부회장", "부장", "차관", "교수", "감독", "선수", "대변인",
            "대사", "의장", "국장", "실장", "본부장", "총재", "후보", "씨", "주석", "국왕", "여사", "기자",
            "변호사", "검사", "판사", "위원", "이사", "팀장", "교육감", "당선인", "후보자", "행장", "단장",
            "소장", "센터장", "비서관", "수석", "보좌관", "사무총장", "원내대표", "대표이사", "코치", "작가",
            "배우", "가수", "총영사", "부시장", "부지사", "경찰청장", "총경", "회원");

    /** Common Korean surnames (one syllable; two-syllable ones start with one of these too except a few). */
    private static final String SURNAMES = "김이박최정강조윤장임한오서신권황안송류유홍전고문양손배백허남심노하곽성차주우"
            + "구민진지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉사부가복태목"
            + "형피두감음빈동온호범좌팽승간상갈단견당";

    long[][] extract(SyllableSequence s, int from, int to, NameLexicon lexicon) {
        long[][] out = new long[to - from][];
        int[][] known = lexicon.states(s, from, to);
        int wordStart = from;
        int wordEnd = from;
        int stemEnd = from;
        for (int i = from; i < to; i++) {
            if (s.spaceBefore()[i]) {
                wordStart = i;
            }
            if (i >= wordEnd || s.spaceBefore()[i]) { // a new word: find its end and stem end once
                wordEnd = i + 1;
                while (wordEnd < to && !s.spaceBefore()[wordEnd]) {
                    wordEnd++;
                }
                stemEnd = wordStart;
                while (stemEnd < wordEnd && !isParticle(s.morphemeAt(stemEnd))) {
                    stemEnd++;
                }
            }
            out[i - from] = position(s, i, from, to, wordStart, wordEnd, stemEnd, known[i - from]);
        }
        return out;
    }

    private long[] position(SyllableSequence s, int i, int from, int to, int wordStart, int wordEnd, int stemEnd,
                            int[] known) {
        int c0 = ch(s, i, from, to);
        int cm1 = ch(s, i - 1, from, to);
        int cp1 = ch(s, i + 1, from, to);
        int cm2 = ch(s, i - 2, from, to);
        int cp2 = ch(s, i + 2, from, to);
        int sb = s.spaceBefore()[i] ? 1 : 0;
        int sa = i + 1 >= to || s.spaceBefore()[i + 1] ? 1 : 0;
        Morpheme m = s.morphemeAt(i);
        int pos = tag(m);
        int place = placeInMorpheme(m, s.offsets()[i]);
        Morpheme prev = s.morphemeNear(i, -1);
        Morpheme next = s.morphemeNear(i, 1);
        Morpheme next2 = s.morphemeNear(i, 2);
        Morpheme next3 = s.morphemeNear(i, 3);
        int nextPos = tag(next);
        int josaAfter = next != null && next.pos().startsWith("J") && (place == 'E' || place == 'S') ? nextPos : NONE;
        int wordIndex = i - wordStart;
        int surname = SURNAMES.indexOf(c0) >= 0 && (sb == 1 || place == 'B' || place == 'S') ? 1 : 0;
        return new long[] {
                h(0),
                h(1, c0), h(2, cm1), h(3, cp1), h(4, cm2), h(5, cp2),
                h(6, cm1, c0), h(7, c0, cp1), h(8, cm2, cm1), h(9, cp1, cp2),
                h(10, cm1, c0, cp1), h(11, cm2, cm1, c0), h(12, c0, cp1, cp2),
                h(13, sb, sa), h(14, sb, c0), h(15, sa, c0),
                h(16, kind(cm1), kind(c0), kind(cp1)),
                h(17, pos), h(18, pos, place), h(19, tag(prev), pos), h(20, pos, nextPos),
                h(21, surface(m), place), h(22, josaAfter, place, pos), h(23, surface(next), place),
                h(24, surface(prev), place), h(25, titleWord(next), place), h(26, titleWord(next2), place),
                h(27, titleWord(next3)), h(28, titleWord(prev), place), h(29, surname, place, sb),
                h(30, Math.min(wordIndex, 4), sb, sa), h(31, length(m), place, pos), h(32, c0, pos),
                h(33, c0, place), h(34, surname, titleWord(next) != NONE || titleWord(next2) != NONE ? 1 : 0),
                h(35, tag(next2), nextPos, place),
                h(36, chars(s, wordStart, stemEnd), Math.min(wordIndex, 6), i < stemEnd ? 1 : 0),
                h(37, chars(s, wordStart, i + 1)), h(38, chars(s, i, stemEnd > i ? stemEnd : i + 1)),
                h(39, chars(s, i + 1, wordEnd), i < stemEnd ? 1 : 0),
                h(40, known[0]), h(41, known[1]), h(42, known[2]), h(43, known[0], known[1], known[2], sb)
        };
    }

    /** A hash of the code points {@code [from, to)}, capped at 12 so long runs cost little. */
    private static int chars(SyllableSequence s, int from, int to) {
        int h = 1;
        for (int k = from; k < Math.min(to, from + 12); k++) {
            h = 31 * h + s.chars()[k];
        }
        return h;
    }

    /** Particles and endings that close a word's stem: josa (J*), endings (E*), suffixes (XS*), copula. */
    private static boolean isParticle(Morpheme m) {
        return m != null && (m.pos().startsWith("J") || m.pos().startsWith("E") || m.pos().startsWith("XS")
                || m.pos().startsWith("VCP"));
    }

    private static int ch(SyllableSequence s, int i, int from, int to) {
        return i < from ? BEGIN : i >= to ? END : s.chars()[i];
    }

    private static int kind(int c) {
        if (c < 0) {
            return c;
        }
        if (c >= 0xAC00 && c <= 0xD7A3) {
            return 'H';
        }
        if (c < 128 && Character.isLetter(c)) {
            return 'L';
        }
        if (Character.isDigit(c)) {
            return 'D';
        }
        if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
            return 'C';
        }
        return Character.isLetter(c) ? 'A' : 'P';
    }

    private static int placeInMorpheme(Morpheme m, int offset) {
        if (m == null) {
            return NONE;
        }
        boolean first = offset == m.start();
        boolean last = offset == m.end() - 1;
        return first && last ? 'S' : first ? 'B' : last ? 'E' : 'I';
    }

    private static int tag(Morpheme m) {
        return m == null ? NONE : stringHash(m.pos());
    }

    private static int surface(Morpheme m) {
        return m == null || m.end() - m.start() > 8 ? NONE : stringHash(m.surface());
    }

    private static int length(Morpheme m) {
        return m == null ? NONE : Math.min(m.end() - m.start(), 6);
    }

    private static int titleWord(Morpheme m) {
        return m != null && TITLE_WORDS.contains(m.surface()) ? stringHash(m.surface()) : NONE;
    }

    /** A stable string hash (String.hashCode is specified, so it is the same on every JVM). */
    private static int stringHash(String s) {
        return s.hashCode();
    }

    // fixed arities rather than varargs: an array per feature adds up over 44 features per syllable
    private static long h(int template) {
        return mix(seed(template));
    }

    private static long h(int template, int a) {
        return mix(step(seed(template), a));
    }

    private static long h(int template, int a, int b) {
        return mix(step(step(seed(template), a), b));
    }

    private static long h(int template, int a, int b, int c) {
        return mix(step(step(step(seed(template), a), b), c));
    }

    private static long h(int template, int a, int b, int c, int d) {
        return mix(step(step(step(step(seed(template), a), b), c), d));
    }

    private static long seed(int template) {
        return 0x9E3779B97F4A7C15L * (template + 1);
    }

    private static long step(long x, int value) {
        return mix(x ^ (value & 0xffffffffL));
    }

    /** SplitMix64's finalizer. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
