package officialskg.extract.pattern;

import officialskg.extract.CharClass;
import officialskg.extract.MorphemeIndex;
import officialskg.extract.gazetteer.GazetteerMatcher;

/**
 * Whether the part of a word before an organization or venue ending looks like a proper name: it contains Latin
 * letters or digits ({@code 서울AI허브}), begins with a known name ({@code 서울바이오허브}, {@code 라스베이거스}),
 * or the analyzer reads a proper noun there ({@code 고척/NNP 스카이/NNP 돔}).
 */
public final class ProperPrefix {

    private final GazetteerMatcher matcher;

    public ProperPrefix(GazetteerMatcher matcher) {
        this.matcher = matcher;
    }

    public boolean test(int[] text, int from, int to, MorphemeIndex morphemes) {
        if (to <= from) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (CharClass.isLatin(text[i]) || Character.isDigit(text[i])) {
                return true;
            }
        }
        return matcher.longestPrefix(text, from, to) != null || morphemes.properNounAt(from);
    }
}
