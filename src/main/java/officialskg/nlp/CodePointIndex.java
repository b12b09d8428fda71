package officialskg.nlp;

/**
 * UTF-16 index → code point index for one text, built once so each lookup is constant time. Java's regexes and
 * Lucene report UTF-16 positions; everything this project emits counts code points.
 */
public final class CodePointIndex {

    private final int[] codePointAt;

    public CodePointIndex(String text) {
        codePointAt = new int[text.length() + 1];
        int cp = 0;
        for (int i = 0; i < text.length(); i++) {
            codePointAt[i] = cp;
            if (!Character.isHighSurrogate(text.charAt(i))) {
                cp++;
            }
        }
        codePointAt[text.length()] = cp;
    }

    /** The code point index of UTF-16 index {@code utf16} (0 ≤ utf16 ≤ length). */
    public int at(int utf16) {
        return codePointAt[utf16];
    }
}
