package officialskg.extract.date;

import java.util.List;

/**
 * The tense of the clause after a date, read from the first tense marker that follows it. It decides which month
 * a bare day belongs to: news reports the past with {@code -었다/-했다} and schedules with the present {@code -한다}
 * or with {@code 예정, 계획, 열릴}.
 */
enum Tense {
    PAST, FUTURE, UNKNOWN;

    /** How far after the date a marker may be (code units); keeps the scan linear over a long unbroken line. */
    private static final int WINDOW = 160;
    private static final List<String> FUTURE_WORDS = List.of("예정", "계획", "방침", "앞두고", "앞둔", "열릴", "될 ",
            "할 것", "할 방", "겠");
    private static final List<String> PAST_WORDS = List.of("열린 ", "치러진 ", "된 ", "던 ");
    private static final char JONG_SSANG_SIOS = 20;
    private static final char JONG_NIEUN = 4;

    static Tense after(String text, int from) {
        int end = Math.min(text.length(), from + WINDOW);
        for (int i = from; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '.' || c == '?' || c == '!') && (i + 1 == text.length()
                    || Character.isWhitespace(text.charAt(i + 1)))) {
                return UNKNOWN;
            }
            if (startsWithAny(text, i, FUTURE_WORDS)) {
                return FUTURE;
            }
            if (startsWithAny(text, i, PAST_WORDS)) {
                return PAST;
            }
            if (!isSyllable(c)) {
                continue;
            }
            if (finalConsonant(c) == JONG_SSANG_SIOS && c != '있' && c != '없') {
                return PAST; // 했, 였, 었, 았, 됐, 혔: a past-tense ending
            }
            if (c == '다' && i > from && isSyllable(text.charAt(i - 1))
                    && finalConsonant(text.charAt(i - 1)) == JONG_NIEUN) {
                return FUTURE; // 한다, 된다, 열린다, 갖는다: news states schedules in the present
            }
        }
        return UNKNOWN;
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

    private static int finalConsonant(char syllable) {
        return (syllable - '가') % 28;
    }
}
