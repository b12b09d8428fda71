package officialskg.extract;

/** Character classes the rule-based extractors share (all on code points, so emoji never split a name). */
public final class CharClass {

    private CharClass() {
    }

    public static boolean isHangul(int c) {
        return (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0x1100 && c <= 0x11FF) || (c >= 0x3130 && c <= 0x318F);
    }

    /** A Hangul syllable (가–힣): not a lone jamo, nor ㆍ, which news text uses as a middle dot. */
    public static boolean isHangulSyllable(int c) {
        return c >= 0xAC00 && c <= 0xD7A3;
    }

    public static boolean isHanja(int c) {
        // no Han character lies below U+2E80 or among the Hangul syllables: most characters are answered without
        // the script table's search, which startsWord would otherwise run inside every word
        if (c < 0x2E80 || c >= 0xAC00 && c <= 0xD7A3) {
            return false;
        }
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    public static boolean isLatin(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    /** Letters and digits of any script form words; everything else separates them. */
    public static boolean isWordChar(int c) {
        return Character.isLetterOrDigit(c) && c != ARAE_A;
    }

    /** ㆍ, a letter no longer written in words: news text uses it as a middle dot (김정재ㆍ윤종필, 법무ㆍ검찰). */
    static final int ARAE_A = 0x318D;

    /**
     * Whether a name may start at {@code i}: at the start, after a non-letter, or — for a hanja abbreviation such
     * as {@code 美} in {@code 韓美} — after another hanja.
     */
    public static boolean startsWord(int[] text, int i) {
        if (i == 0 || !isWordChar(text[i - 1])) {
            return true;
        }
        return isHanja(text[i]) && isHanja(text[i - 1]);
    }

    public static boolean allHangul(int[] text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isHangul(text[i])) {
                return false;
            }
        }
        return to > from;
    }
}
