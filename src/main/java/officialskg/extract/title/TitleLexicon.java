package officialskg.extract.title;

import officialskg.extract.lexicon.Surnames;
import officialskg.extract.lexicon.WordLists;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Titles with their normalized roles ({@code titles.tsv}) and the status words that may follow a title
 * ({@code status-suffixes.txt}), both beside this class, and the Korean surnames of {@link Surnames}.
 */
public final class TitleLexicon {

    /** Titles that may be glued to a place name with the unit suffix they head: 서울+시장, 경기+도지사. */
    static final Map<String, String> UNIT_OF_HEAD = Map.of("시장", "시", "부시장", "시", "도지사", "도",
            "지사", "도", "부지사", "도", "군수", "군", "구청장", "구");

    private final Map<String, String> roles = new HashMap<>();
    private final int longestTitle;
    /** The last characters of all titles: most words end in none of them and are ruled out by one look-up. */
    private final BitSet lastCharacters = new BitSet();
    private final Set<String> statusSuffixes;

    public TitleLexicon() {
        for (List<String> f : WordLists.rows(TitleLexicon.class, "titles.tsv", 2, 2)) {
            roles.put(f.get(0), f.get(1));
        }
        longestTitle = roles.keySet().stream().mapToInt(String::length).max().orElse(0);
        roles.keySet().forEach(t -> lastCharacters.set(t.codePointBefore(t.length())));
        statusSuffixes = WordLists.set(TitleLexicon.class, "status-suffixes.txt");
    }

    /** The normalized role of a title as written, or {@code null}. */
    public String role(String title) {
        return roles.get(title);
    }

    /** Code points of the longest title ending at {@code to} and starting at or after {@code from}, or 0. */
    public int longestTitleEndingAt(int[] text, int from, int to) {
        if (to <= from || !lastCharacters.get(text[to - 1])) {
            return 0;
        }
        for (int n = Math.min(longestTitle, to - from); n >= 1; n--) {
            if (roles.containsKey(new String(text, to - n, n))) {
                return n;
            }
        }
        return 0;
    }

    public boolean isStatusSuffix(String word) {
        return statusSuffixes.contains(word);
    }

    /** Length of the surname that starts {@code text[from, to)} (2 for 남궁, 1 for 김), or 0. */
    public int surnameLength(int[] text, int from, int to) {
        return Surnames.length(text, from, to);
    }
}
