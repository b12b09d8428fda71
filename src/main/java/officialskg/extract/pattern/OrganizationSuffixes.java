package officialskg.extract.pattern;

import officialskg.extract.lexicon.WordLists;

import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Endings that make a name an organization ({@code 서울상공회의소}, {@code 서울바이오허브}, {@code 한국관광공사}).
 * <em>Strong</em> endings are organizations after any name of two or more syllables; <em>weak</em> ones
 * ({@code 허브}, {@code 센터}, {@code 공사}, {@code 그룹}...) also end everyday words, so their prefix must look
 * like a proper name (see {@link ProperPrefix}). The endings are in {@code organization-suffixes.tsv} beside this
 * class.
 */
public final class OrganizationSuffixes {

    static final Set<String> STRONG;
    static final Set<String> WEAK;
    /** Weak endings that also close a name as a separate word; 건설, 전자, 방송... do so only glued to it. */
    private static final Set<String> STANDALONE_WEAK;

    static {
        List<List<String>> rows = WordLists.rows(OrganizationSuffixes.class, "organization-suffixes.tsv", 2, 3);
        for (List<String> row : rows) {
            boolean known = row.get(1).equals("strong") && row.size() == 2
                    || row.get(1).equals("weak") && (row.size() == 2 || row.get(2).equals("standalone"));
            if (!known) {
                throw new IllegalStateException("organization-suffixes.tsv: expected ending<TAB>strong, "
                        + "ending<TAB>weak or ending<TAB>weak<TAB>standalone: " + String.join("\t", row));
            }
        }
        STRONG = rows.stream().filter(r -> r.get(1).equals("strong")).map(List::getFirst)
                .collect(Collectors.toUnmodifiableSet());
        WEAK = rows.stream().filter(r -> r.get(1).equals("weak")).map(List::getFirst)
                .collect(Collectors.toUnmodifiableSet());
        STANDALONE_WEAK = rows.stream().filter(r -> r.size() == 3).map(List::getFirst)
                .collect(Collectors.toUnmodifiableSet());
    }

    private static final List<String> ALL = Stream.concat(STRONG.stream(), WEAK.stream())
            .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    /** The last characters of all endings: most words are ruled out by one look-up. */
    private static final String LAST_CHARACTERS = ALL.stream().map(s -> s.substring(s.length() - 1)).distinct()
            .collect(Collectors.joining());

    private OrganizationSuffixes() {
    }

    /** {@link #ALL} as code points, in its order, to be compared with the text in place. */
    private static final int[][] ALL_CODE_POINTS = ALL.stream().map(s -> s.codePoints().toArray())
            .toArray(int[][]::new);

    /** Code points of the longest organization ending of {@code text[from, to)}, or 0. */
    public static int suffixLength(int[] text, int from, int to) {
        if (to <= from || LAST_CHARACTERS.indexOf(text[to - 1]) < 0) {
            return 0;
        }
        for (int[] s : ALL_CODE_POINTS) {
            if (to - from >= s.length && Arrays.equals(text, to - s.length, to, s, 0, s.length)) {
                return s.length;
            }
        }
        return 0;
    }

    public static boolean isStrong(int[] text, int to, int suffixLength) {
        return STRONG.contains(new String(text, to - suffixLength, suffixLength));
    }

    /** Whether the whole word is itself an ending that may close a multi-word name ({@code 서울 AI 허브}). */
    public static boolean isStandaloneEnding(String word) {
        return STRONG.contains(word) || STANDALONE_WEAK.contains(word);
    }
}
