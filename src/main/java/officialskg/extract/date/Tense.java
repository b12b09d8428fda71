package officialskg.extract.date;

import java.util.List;

/**
 * The tense of the clause after a date, read from the first tense marker that follows it. It decides which month
 * a bare day belongs to: news reports the past with {@code -었다/-했다}, states schedules in the present
 * ({@code 개막한다}, {@code 열리는}) and plans with {@code 예정, 계획, 열릴, -ㄹ 것}.
 */
enum Tense {
    PAST,
    /** present tense: a schedule or a general statement; never moves a date forward on its own */
    PRESENT,
    /** an explicit plan or prospect */
    FUTURE,
    UNKNOWN;

    /** How far after the date a marker may be (code units); keeps the scan linear over a long unbroken line. */
    private static final int WINDOW = 160;
    private static final List<String> FUTURE_WORDS = List.of("예정", "계획", "방침", "앞두고", "앞둔", "열릴", "될 ",
            "겠", "예상", "전망");
    private static final List<String> PRESENT_WORDS = List.of("열리는", "되는 ");
    private static final List<String> PAST_WORDS = List.of("열린 ", "치러진 ", "된 ", "던 ");
    /** First characters of all marker words, so the lists are searched only where a word may start. */
    private static final String STARTS = "예계방앞열될겠전되치던";
    private static final int JONG_RIEUL = 8;
    private static final int JONG_SSANG_SIOS = 20;
    private static final int JONG_NIEUN = 4;

    static Tense after(String text, int from) {
        int end = Math.min(text.length(), from + WINDOW);
        for (int i = from; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '.' || c == '?' || c == '!') && (i + 1 == text.length()
                    || Character.isWhitespace(text.charAt(i + 1)))) {
                return UNKNOWN;
            }
            boolean mayStartWord = STARTS.indexOf(c) >= 0;
            if (mayStartWord && startsWithAny(text, i, FUTURE_WORDS) || c == '것' && i >= 2 && text.charAt(i - 1) == ' '
                    && finalConsonant(text.charAt(i - 2)) == JONG_RIEUL) {
                return FUTURE; // 예정이다, 할 것, 올 것으로 예상된다
            }
            if (mayStartWord && startsWithAny(text, i, PRESENT_WORDS)) {
                return PRESENT;
            }
            if (mayStartWord && startsWithAny(text, i, PAST_WORDS)) {
                return PAST;
            }
            if (!isSyllable(c)) {
                continue;
            }
            if (finalConsonant(c) == JONG_SSANG_SIOS && c != '있' && c != '없') {
                return PAST; // 했, 였, 었, 았, 됐, 혔: a past-tense ending
            }
            if (c == '다' && i > from && finalConsonant(text.charAt(i - 1)) == JONG_NIEUN) {
                return PRESENT; // 한다, 된다, 열린다, 갖는다
            }
        }
        return UNKNOWN;
    }

    /** Present or future: a later day of this month is still to come. */
    boolean isAhead() {
        return this == PRESENT || this == FUTURE;
    }

    private static boolean startsWithAny(String text, int at, List<String> words) {
        for (String w : words) {
            if (text.startsWith(w, at)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSyllable(char c) {
        return c >= '가' && c <= '힣';
    }

    /** The final consonant index of a Hangul syllable (0: none), or -1 for any other character. */
    private static int finalConsonant(char c) {
        return isSyllable(c) ? (c - '가') % 28 : -1;
    }
}
