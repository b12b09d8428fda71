package officialskg.extract.title;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Titles with their normalized roles ({@code titles.tsv}), the status words that may follow a title
 * ({@code status-suffixes.txt}) and Korean surnames ({@code surnames.txt}), all beside this class.
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
    private final Set<String> surnames;

    public TitleLexicon() {
        for (String line : lines("titles.tsv")) {
            String[] f = line.split("\t");
            if (f.length != 2) {
                throw new IllegalStateException("titles.tsv: expected 'title<TAB>role': " + line);
            }
            roles.put(f[0], f[1]);
        }
        longestTitle = roles.keySet().stream().mapToInt(String::length).max().orElse(0);
        roles.keySet().forEach(t -> lastCharacters.set(t.codePointBefore(t.length())));
        statusSuffixes = Set.copyOf(lines("status-suffixes.txt"));
        surnames = lines("surnames.txt").stream().flatMap(l -> Arrays.stream(l.split(" ")))
                .filter(s -> !s.isBlank()).collect(Collectors.toUnmodifiableSet());
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
        if (to - from >= 2 && surnames.contains(new String(text, from, 2))) {
            return 2;
        }
        return to - from >= 1 && surnames.contains(new String(text, from, 1)) ? 1 : 0;
    }

    private static List<String> lines(String file) {
        InputStream in = TitleLexicon.class.getResourceAsStream(file);
        if (in == null) {
            throw new IllegalStateException("title lexicon resource missing: " + file);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines().map(String::strip).filter(s -> !s.isEmpty() && !s.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("title lexicon " + file + ": cannot read", e);
        }
    }
}
