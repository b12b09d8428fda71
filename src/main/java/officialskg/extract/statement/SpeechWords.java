package officialskg.extract.statement;

import officialskg.extract.lexicon.WordLists;

import java.util.List;
import java.util.Set;

/**
 * The words that make a quotation or a {@code -다고} clause a statement: the speech verbs after {@code 라고/고}
 * (말했다, 밝혔다, 강조했다, 전했다, 덧붙였다, …) and the quoting endings themselves.
 */
final class SpeechWords {

    /**
     * Beginnings of speech verbs, as written after 라고/다고 (말했다, 말하며, 밝힌, 강조하고, 덧붙였다), from
     * {@code speech-verbs.txt}.
     */
    private static final List<String> STEMS = WordLists.lines(SpeechWords.class, "speech-verbs.txt");

    /** 했다 and its forms after a quotation (…라고 했다). */
    private static final Set<String> SAID = Set.of("했다", "했고", "했으며", "했는데", "했지만", "했다며", "했다고",
            "했습니다", "합니다");

    /** A passive or hearsay form is not a speaker's act (…라고 전해졌다, …고 확인됐다). */
    private static final List<String> PASSIVE = List.of("졌", "됐", "되", "진다");

    /** Endings of a direct quotation's marker: ”라고, ”고, ”라며, ”며, ”라면서, ”면서 (and 이라고, …). */
    static final List<String> QUOTE_MARKERS = List.of("이라고", "라고", "고", "이라며", "라며", "며", "이라면서",
            "라면서", "면서");

    private SpeechWords() {
    }

    /** Whether a word (its trailing punctuation removed) is a speech verb. */
    static boolean isSpeechVerb(String word) {
        String w = bare(word);
        if (SAID.contains(w)) {
            return true;
        }
        for (String p : PASSIVE) {
            if (w.contains(p) && !w.startsWith("되물")) {
                return false;
            }
        }
        for (String s : STEMS) {
            if (w.startsWith(s) && verbal(w, s)) {
                return true;
            }
        }
        return false;
    }

    /** A noun stem (강조, 설명) only counts with a verb after it (강조했다, 설명하며), not as a noun (설명회). */
    private static boolean verbal(String word, String stem) {
        if ("했하해한혔히힌혀붙물놓놨봤렸리린".indexOf(stem.charAt(stem.length() - 1)) >= 0) {
            return true;
        }
        return word.length() > stem.length() && "했하해한할합".indexOf(word.charAt(stem.length())) >= 0;
    }

    /** An adnominal form (말한, 밝힌, 강조하는, 전했던): the speaker may be the noun after it. */
    static boolean adnominal(String word) {
        String w = bare(word);
        return w.endsWith("한") || w.endsWith("힌") || w.endsWith("하는") || w.endsWith("던") || w.endsWith("린")
                || w.endsWith("는");
    }

    /** The word without trailing punctuation and closing marks. */
    static String bare(String word) {
        int end = word.length();
        while (end > 0 && ".,!?\"'”’)」』…".indexOf(word.charAt(end - 1)) >= 0) {
            end--;
        }
        return word.substring(0, end);
    }
}
