package officialskg.extract.pattern;

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
 * like a proper name (see {@link ProperPrefix}).
 */
public final class OrganizationSuffixes {

    static final Set<String> STRONG = Set.of("상공회의소", "위원회", "협회", "재단", "공단", "대학교", "관광청", "협의회",
            "연합회", "조합", "연구소", "학회", "노동조합", "노조", "중앙회", "진흥원", "평가원", "공제회", "신용보증기금",
            "대학원", "고등학교", "중학교", "초등학교", "회의소", "사무국", "지방법원", "고등법원", "지방검찰청", "지검",
            "경찰서", "소방서", "의료원", "검역본부", "교육청", "구청", "시청", "도청", "군청", "시의회", "도의회", "구의회");
    static final Set<String> WEAK = Set.of("허브", "센터", "공사", "그룹", "은행", "병원", "연구원", "청", "일보", "신문",
            "방송", "전자", "증권", "보험", "건설", "화학", "제약", "항공", "통신", "홀딩스", "금융", "자동차", "중공업",
            "엔터테인먼트", "캐피탈", "물산", "지법", "고법", "대학", "재단법인");

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

    /** Weak endings that also close a name as a separate word; 건설, 전자, 방송... do so only glued to it. */
    private static final Set<String> STANDALONE_WEAK = Set.of("허브", "센터", "공사", "그룹", "은행", "병원", "연구원");
}
