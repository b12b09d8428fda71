package officialskg.extract.lexicon;

import java.util.BitSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Korean surnames, from {@code surnames.tsv} beside this class: one list for the three rules that need one. Each
 * rule reads its own part of it, and the parts differ on purpose (see the file's header): every surname starts a
 * name before a title ({@link #length}); only the common ones make a lone proper noun a person ({@link #isCommon});
 * the tagger's feature uses the syllables its model was trained with ({@link #isTaggerSurname}).
 */
public final class Surnames {

    private static final String RESOURCE = "surnames.tsv";
    private static final String COMMON = "common";
    private static final String TAGGER = "tagger";

    private static final Set<String> ALL;
    private static final BitSet COMMON_SYLLABLES = new BitSet();
    private static final BitSet TAGGER_SYLLABLES = new BitSet();

    static {
        List<List<String>> rows = WordLists.rows(Surnames.class, RESOURCE, 1, 2);
        for (List<String> row : rows) {
            String surname = row.get(0);
            Set<String> marks = row.size() > 1 ? Set.of(row.get(1).split(" +")) : Set.of();
            if (!marks.isEmpty() && surname.codePointCount(0, surname.length()) != 1) {
                throw new IllegalStateException(RESOURCE + ": only one-syllable surnames are marked: " + surname);
            }
            for (String mark : marks) {
                switch (mark) {
                    case COMMON -> COMMON_SYLLABLES.set(surname.codePointAt(0));
                    case TAGGER -> TAGGER_SYLLABLES.set(surname.codePointAt(0));
                    default -> throw new IllegalStateException(RESOURCE + ": unknown mark '" + mark + "' of "
                            + surname + " (common or tagger)");
                }
            }
        }
        ALL = rows.stream().map(List::getFirst).collect(Collectors.toUnmodifiableSet());
    }

    private Surnames() {
    }

    /** Length of the surname that starts {@code text[from, to)} (2 for 남궁, 1 for 김), or 0. */
    public static int length(int[] text, int from, int to) {
        if (to - from >= 2 && ALL.contains(new String(text, from, 2))) {
            return 2;
        }
        return to - from >= 1 && ALL.contains(new String(text, from, 1)) ? 1 : 0;
    }

    /** Whether a syllable is one of the common one-syllable surnames (김, 이, 박, …; not 가, 어, 예). */
    public static boolean isCommon(int syllable) {
        return syllable >= 0 && COMMON_SYLLABLES.get(syllable);
    }

    /**
     * Whether a word has the shape of a Korean full name, whatever the analyzer made of it: three Hangul syllables,
     * a common surname first (김원웅, 최순실).
     */
    public static boolean hasFullNameShape(String word) {
        return word.length() == 3 && word.chars().allMatch(c -> c >= '가' && c <= '힣') && isCommon(word.charAt(0));
    }

    /**
     * Whether a syllable is a surname to the tagger: its surname feature (frozen with the committed model) and its
     * test for a list of names ({@code 경대수ㆍ곽대훈}).
     */
    public static boolean isTaggerSurname(int syllable) {
        return syllable >= 0 && TAGGER_SYLLABLES.get(syllable);
    }
}
