package officialskg.extract.title;

import officialskg.extract.CharClass;
import java.util.Set;
import officialskg.extract.MentionType;
import officialskg.extract.Word;
import officialskg.extract.gazetteer.GazetteerEntry;
import officialskg.extract.gazetteer.GazetteerMatcher;
import officialskg.extract.lexicon.WordLists;
import officialskg.extract.pattern.OrganizationSuffixes;

import java.util.List;

/**
 * Finds the title in one word: the word (or the word without its particle) ends with a lexicon title, and what
 * comes before the title inside the word is either nothing ({@code 회장}) or the organization the title heads
 * ({@code 서울시장} = 서울시 + 시장, {@code 경기도지사} = 경기도 + 도지사, {@code 감사원장} = 감사원 + 장,
 * {@code 국토교통부장관}). Anything else ({@code 총회장}, {@code 공사장}) is not a title.
 */
final class TitleWords {

    /**
     * @param start, end       the title span (the whole word without its particle)
     * @param embeddedOrgEnd   end of the organization glued before the title, or -1
     */
    record Hit(int start, int end, String role, int embeddedOrgEnd, String embeddedOrgId,
               boolean descriptivePrefix) {
        Hit(int start, int end, String role, int embeddedOrgEnd, String embeddedOrgId) {
            this(start, end, role, embeddedOrgEnd, embeddedOrgId, false);
        }
    }

    /**
     * Titles that take a descriptive prefix naming a committee or unit ({@code 비상대책위원장}, {@code 기획조정실장}), from
     * {@code unit-heads.txt}.
     */
    private static final Set<String> UNIT_HEADS = WordLists.set(TitleWords.class, "unit-heads.txt");
    /** Posts that take a short field glued before them ({@code 국방장관}, {@code 재무차관}), from {@code field-heads.txt}. */
    private static final Set<String> FIELD_HEADS = WordLists.set(TitleWords.class, "field-heads.txt");
    /** How many syllables such a field has: 국방, 외교, 재무; a longer prefix is a ministry's name (외교통상부). */
    private static final int MAX_FIELD = 3;

    private final TitleLexicon lexicon;
    private final GazetteerMatcher gazetteer;

    TitleWords(TitleLexicon lexicon, GazetteerMatcher gazetteer) {
        this.lexicon = lexicon;
        this.gazetteer = gazetteer;
    }

    Hit at(int[] text, Word w) {
        int stemEnd = w.stemEnd();
        Hit hit = at(text, w.start(), w.end());
        return hit != null || stemEnd == w.end() ? hit : at(text, w.start(), stemEnd);
    }

    private Hit at(int[] text, int start, int end) {
        int n = lexicon.longestTitleEndingAt(text, start, end);
        if (n == 0) {
            return null;
        }
        String title = new String(text, end - n, n);
        String role = lexicon.role(title);
        int prefixEnd = end - n;
        if (prefixEnd == start) {
            return new Hit(start, end, role, -1, null);
        }
        String unit = TitleLexicon.UNIT_OF_HEAD.get(title);
        if (unit != null && title.startsWith(unit)) {
            String id = organizationId(text, start, prefixEnd + 1);
            if (id == null) {
                id = organizationId(text, start, prefixEnd);
            }
            return id == null ? null : new Hit(start, end, role, prefixEnd + 1, id);
        }
        String id = organizationId(text, start, prefixEnd);
        if (id != null || looksLikeOrganization(text, start, prefixEnd)) {
            return new Hit(start, end, role, prefixEnd, id);
        }
        if (title.endsWith("장") && n >= 2) {
            int orgEnd = end - 1;
            id = organizationId(text, start, orgEnd);
            if (id != null || looksLikeOrganization(text, start, orgEnd)) {
                return new Hit(start, end, role, orgEnd, id);
            }
        }
        boolean hangulPrefix = CharClass.allHangul(text, start, prefixEnd);
        if (UNIT_HEADS.contains(title) && hangulPrefix && prefixEnd - start >= 2) {
            return new Hit(start, end, role, -1, null, true);
        }
        // 국방장관: a field of government glued before the post, like a unit's name before its head
        for (String head : FIELD_HEADS) {
            int m = head.length();
            int field = end - start - m;
            if (m <= n && field >= 2 && field <= MAX_FIELD && new String(text, end - m, m).equals(head)
                    && CharClass.allHangul(text, start, end - m)) {
                return new Hit(start, end, lexicon.role(head), -1, null, true);
            }
        }
        // 국가안보실장: the longest title (안보실장) leaves a prefix that is nothing, the unit head (실장) a unit's name
        for (String head : UNIT_HEADS) {
            int m = head.length();
            if (m < n && end - start > m + 1 && new String(text, end - m, m).equals(head)
                    && CharClass.allHangul(text, start, end - m)) {
                return new Hit(start, end, lexicon.role(head), -1, null, true);
            }
        }
        return null;
    }

    /** The gazetteer id of an organization or administrative unit written exactly as {@code text[from, to)}. */
    private String organizationId(int[] text, int from, int to) {
        List<GazetteerEntry> known = gazetteer.exact(text, from, to);
        for (GazetteerEntry e : known) {
            if (e.type() == MentionType.ORGANIZATION || e.isAdministrativeUnit()
                    || e.id().startsWith("kg:country/")) { // 미국대사, 중국대사: a country's envoy
                return e.id();
            }
        }
        return null;
    }

    private boolean looksLikeOrganization(int[] text, int from, int to) {
        int suffix = OrganizationSuffixes.suffixLength(text, from, to);
        return suffix > 0 && to - from - suffix >= 2 && (OrganizationSuffixes.isStrong(text, to, suffix)
                || gazetteer.longestPrefix(text, from, to - suffix) != null);
    }
}
