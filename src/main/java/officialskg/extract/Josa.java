package officialskg.extract;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Korean particles (josa) and copula endings (not the one-syllable endings 다, 고, 며, 든 that end many foreign names:
 * 기시다, 바이든) that may follow a name inside one written word ({@code 서울시는},
 * {@code 고척스카이돔에서}, {@code 오세훈이다}). A name matched inside a longer Hangul word is only a name when the
 * rest of the word is one of these: {@code 부산시민} is not {@code 부산시}, {@code 서울시장} is not {@code 서울시}.
 */
public final class Josa {

    /** Longest first, so that {@link #longestAt} prefers {@code 에서는} over {@code 에서}. */
    static final List<String> ENDINGS = List.of(
            "에서부터", "으로부터", "로부터", "이었다", "에게서", "에서는", "에서도", "에서의", "으로는", "으로도", "으로서", "으로써",
            "께서는", "에게는", "이라는", "이라고", "이라며", "이라면", "이지만", "에서", "에는", "에도", "에의", "와의",
            "과의", "와는", "과는", "으로", "이나", "이며", "이고", "이자", "이다", "였다", "이란", "처럼", "보다", "에선",
            "에겐", "께서", "에게", "라는", "라고", "라며", "까지", "부터", "만의", "만이", "만을", "마저", "조차", "한테",
            "이랑", "이요", "와", "과", "이", "가", "은", "는", "을", "를", "의", "에", "도", "만", "로", "나",
            "란", "엔", "랑", "께");

    private static final Set<String> SET = Set.copyOf(ENDINGS);

    /**
     * {@link #ENDINGS} as code points, grouped by their last character (each group in the order of
     * {@link #ENDINGS}), so a word is compared only with the endings that can close it, in place.
     */
    private static final Map<Integer, int[][]> ENDINGS_BY_LAST = ENDINGS.stream().map(e -> e.codePoints().toArray())
            .collect(Collectors.groupingBy(e -> e[e.length - 1], Collectors.collectingAndThen(Collectors.toList(),
                    l -> l.toArray(int[][]::new))));
    /**
     * The same groups by bisection over their sorted last characters: every extractor asks for the particle of
     * most words, and a map keyed by boxed code points spent more on boxing and hashing than on comparing.
     */
    private static final int[] LAST_CHARACTERS = ENDINGS_BY_LAST.keySet().stream().mapToInt(Integer::intValue)
            .sorted().toArray();
    private static final int[][][] GROUPS = Arrays.stream(LAST_CHARACTERS).mapToObj(ENDINGS_BY_LAST::get)
            .toArray(int[][][]::new);

    private Josa() {
    }

    /** Whether {@code text[from, to)} (code points) is empty or one particle/copula ending. */
    public static boolean isEnding(int[] text, int from, int to) {
        return from >= to || (to - from <= 4 && SET.contains(new String(text, from, to - from)));
    }

    /**
     * Whether a name ending at {@code end} is a whole word: the text goes on with a non-letter, or with a Hangul
     * run that is exactly a particle ending and then a non-letter.
     */
    public static boolean endsWord(int[] text, int end) {
        if (end >= text.length || !CharClass.isWordChar(text[end])) {
            return true;
        }
        int runEnd = end;
        while (runEnd < text.length && CharClass.isHangul(text[runEnd])) {
            runEnd++;
        }
        boolean closed = runEnd >= text.length || !CharClass.isWordChar(text[runEnd]);
        return runEnd > end && closed && isEnding(text, end, runEnd);
    }

    /** Length of the longest particle ending that closes the word {@code text[from, wordEnd)}, or 0. */
    public static int longestAt(int[] text, int from, int wordEnd) {
        if (wordEnd <= from) {
            return 0;
        }
        int group = Arrays.binarySearch(LAST_CHARACTERS, text[wordEnd - 1]);
        if (group < 0) {
            return 0;
        }
        int[][] candidates = GROUPS[group];
        for (int[] e : candidates) {
            int at = wordEnd - e.length;
            if (at > from && Arrays.equals(text, at, wordEnd, e, 0, e.length)) {
                return e.length;
            }
        }
        return 0;
    }
}
