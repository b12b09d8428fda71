package officialskg.extract.title;

import officialskg.extract.CharClass;
import officialskg.extract.MentionType;
import officialskg.extract.MorphemeIndex;
import officialskg.extract.gazetteer.GazetteerEntry;
import officialskg.extract.gazetteer.GazetteerMatcher;
import officialskg.extract.lexicon.WordLists;
import officialskg.nlp.PosTag;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Whether a stretch of text can be a person's name. Korean names: a surname from the lexicon, then one to three
 * syllables (2–4 in all; a two-syllable name or a four-syllable one with a one-syllable surname only when the
 * analyzer tags it a proper noun). A word the analyzer knows as one common noun ({@code 이번}, {@code 지난해}) is
 * never a name, nor is a known place or organization, a title or a status word.
 */
final class PersonNames {

    /** Words before a title that are no name: status, time, scope ({@code not-names.txt}). */
    private static final Set<String> NOT_NAMES = WordLists.set(PersonNames.class, "not-names.txt");

    /**
     * Syllables that are surnames but, alone before a title, mostly mean former, current, a certain, party...
     * ({@code not-lone-surnames.txt}).
     */
    private static final Set<String> NOT_LONE_SURNAMES = WordLists.set(PersonNames.class, "not-lone-surnames.txt");

    private final TitleLexicon lexicon;
    private final GazetteerMatcher gazetteer;

    PersonNames(TitleLexicon lexicon, GazetteerMatcher gazetteer) {
        this.lexicon = lexicon;
        this.gazetteer = gazetteer;
    }

    /** Suffix syllables a Korean given name may end with when the analyzer splits it off (정의 + 용). */
    private static final java.util.Set<String> NAME_LIKE_SUFFIXES =
            officialskg.extract.lexicon.WordLists.set(PersonNames.class, "name-like-suffixes.txt");

    boolean isKoreanName(int[] text, int from, int to, MorphemeIndex morphemes) {
        int len = to - from;
        if (len < 2 || len > 4 || !CharClass.allHangul(text, from, to) || !plain(text, from, to)
                || constituency(text, from, to)) {
            return false;
        }
        int surname = lexicon.surnameLength(text, from, to);
        boolean proper = morphemes.allProperNouns(from, to);
        boolean shaped = surname == 2 ? len >= 3 : surname == 1 && (len == 3 || proper);
        return shaped && !morphemes.isSingle(from, to, PosTag.NNG) && !startsWithCommonWord(from, to, morphemes);
    }

    /**
     * Three Hangul syllables, a one-syllable surname first, nothing the gazetteer or title lexicon knows, no body's
     * last syllable: the shape alone, for names whose context (a roll of names) already says they are names.
     */
    boolean isNameShaped(int[] text, int from, int to) {
        return to - from == 3 && CharClass.allHangul(text, from, to) && plain(text, from, to)
                && lexicon.surnameLength(text, from, to) == 1 && BODY_ENDINGS.indexOf(text[to - 1]) < 0
                && !constituency(text, from, to);
    }

    /**
     * A three-syllable Korean name that the analyzer read as a two-syllable proper noun and a particle
     * ({@code 김정은} = 김정/NNP 은/JX), which happens when the first two syllables are a dictionary name of their own.
     * Asked only where a name stands before its post ({@code 김정은 북한 국무위원장이}), since a topic there would
     * leave the post without its holder; two-syllable names are rare, three-syllable ones ending in 은 common. The
     * two syllables must be nothing the gazetteer knows ({@code 한국은 북한 대사를} stays a country and a particle).
     */
    boolean isKoreanNameReadAsNameAndParticle(int[] text, int from, int to, MorphemeIndex morphemes) {
        // 은 only: 이 is also the subject particle, far more often after a place or body (한국이 북한 대사를)
        if (to - from != 3 || !CharClass.allHangul(text, from, to) || !plain(text, from, to)
                || !plain(text, from, to - 1) || lexicon.surnameLength(text, from, to) != 1 || text[to - 1] != '은') {
            return false;
        }
        var inside = morphemes.within(from, to);
        return inside.size() == 2 && inside.get(0).is(PosTag.NNP) && inside.get(0).end() == to - 1
                && inside.get(1).tag().isParticle();
    }

    /**
     * A three-syllable Korean name that the analyzer read as a two-syllable common noun and a one-syllable suffix
     * ({@code 정의용} = 정의/NNG 용/XSN). Asked only where a name stands right before its post ({@code 정의용 안보실장이}),
     * and not for the suffixes that make a common word of a noun ({@code 정치적}, {@code 상인들}, {@code 현대화}:
     * {@code name-like-suffixes.txt} lists the ones a name may end with).
     */
    boolean isKoreanNameReadAsWordAndSuffix(int[] text, int from, int to, MorphemeIndex morphemes) {
        if (to - from != 3 || !CharClass.allHangul(text, from, to) || !plain(text, from, to)
                || lexicon.surnameLength(text, from, to) != 1) {
            return false;
        }
        var inside = morphemes.within(from, to);
        return inside.size() == 2 && inside.get(0).is(PosTag.NNG) && inside.get(0).end() == to - 1
                && inside.get(1).is(PosTag.XSN) && NAME_LIKE_SUFFIXES.contains(inside.get(1).surface());
    }

    /**
     * A foreign name of two syllables, a surname first ({@code 왕이}, {@code 리창}), whatever the analyzer made of it
     * (왕 + 이 reads as "the king" and a particle). Asked only where a foreign country and its post follow
     * ({@code 왕이 중국 외교부장과}), which says the word is that country's post-holder.
     */
    boolean isShortForeignName(int[] text, int from, int to) {
        return to - from == 2 && CharClass.allHangul(text, from, to) && plain(text, from, to)
                && lexicon.surnameLength(text, from, to) == 1;
    }

    /** 상인들 = 상인/NNG 들/XSN: a name does not begin with a dictionary common noun or carry a suffix. */
    private static boolean startsWithCommonWord(int from, int to, MorphemeIndex morphemes) {
        var inside = morphemes.within(from, to);
        if (inside.isEmpty()) {
            return false;
        }
        var first = inside.get(0);
        boolean commonFirst = first.tag() == PosTag.NNG && first.end() - first.start() >= 2;
        boolean suffixed = inside.stream().anyMatch(m -> m.tag().isSuffix() || m.tag().isParticle()
                || m.tag().isEnding() || m.tag().isPredicate());
        return commonFirst || suffixed;
    }

    /** A Korean name where an honorific already says "person": dictionary words such as 홍길동 allowed. */
    /** Two to four Hangul syllables starting with a surname: the shape of a Korean name, known words or not. */
    boolean isKoreanNameShaped(int[] text, int from, int to) {
        int len = to - from;
        int surname = lexicon.surnameLength(text, from, to);
        return len >= 2 && len <= 4 && surname > 0 && len > surname && CharClass.allHangul(text, from, to);
    }

    boolean isKoreanNameBeforeHonorific(int[] text, int from, int to) {
        int len = to - from;
        int surname = lexicon.surnameLength(text, from, to);
        return len >= 2 && len <= 4 && surname > 0 && len > surname && CharClass.allHangul(text, from, to)
                && plain(text, from, to);
    }

    /**
     * A transliterated name the analyzer could not read: pieces that are interjections, proper nouns or
     * one-syllable nouns ({@code 구테 흐 스}, {@code 블 링컨}), never a verb, ending or particle, nor a run of ordinary
     * words ({@code 국무 장관}).
     */
    boolean isBrokenForeignName(int[] text, int from, int to, MorphemeIndex morphemes) {
        if (!foreignNameShaped(text, from, to)) {
            return false;
        }
        var inside = morphemes.within(from, to);
        if (inside.size() < 2) {
            return false;
        }
        boolean fragment = false;
        for (var m : inside) {
            PosTag tag = m.tag();
            // 스아이셔 (스/NNP 아이/NNG 셔/VCP+EF) before 대변인: a sentence ending never stands before a title, so
            // the last syllable read as one is the end of the name
            boolean endingBeforeATitle = m == inside.getLast() && m.end() - m.start() == 1 && tag == PosTag.VCP
                    && m.lastTag() == PosTag.EF;
            if (endingBeforeATitle) {
                fragment = true;
                continue;
            }
            if (tag.isPredicate() || tag.isEnding() || tag.isParticle() || tag.isSuffix()) {
                return false;
            }
            fragment |= m.is(PosTag.IC) || m.is(PosTag.NNP) || tag.isNoun() && m.end() - m.start() == 1;
        }
        return fragment;
    }

    /** A foreign name part: Hangul the analyzer reads as proper nouns, and nothing the gazetteer knows. */
    boolean isForeignNamePart(int[] text, int from, int to, MorphemeIndex morphemes) {
        return foreignNameShaped(text, from, to) && morphemes.allProperNouns(from, to);
    }

    /**
     * A later part of a foreign name after a first one: it need only begin with a proper noun, as the analyzer
     * splits unknown names ({@code 타바네} = 타바/NNP 네/XSN), but holds no common noun ({@code 의회를} ends it).
     */
    boolean isForeignNameContinuation(int[] text, int from, int to, MorphemeIndex morphemes) {
        return foreignNameShaped(text, from, to) && morphemes.properNounAt(from)
                && morphemes.within(from, to).stream().noneMatch(m -> m.tag() == PosTag.NNG);
    }

    /** One to six Hangul syllables, nothing the gazetteer or the title lexicon knows, no body's last syllable. */
    private boolean foreignNameShaped(int[] text, int from, int to) {
        int len = to - from;
        boolean bodyEnding = len >= 2 && BODY_ENDINGS.indexOf(text[to - 1]) >= 0; // 내무부, 국무원: bodies
        return len >= 1 && len <= 6 && CharClass.allHangul(text, from, to) && plain(text, from, to) && !bodyEnding;
    }

    /**
     * An electoral district: a place the gazetteer knows followed by 갑, 을, 병 or 정 ({@code 부천병}, {@code 관악갑}),
     * which before 후보 has the shape of a three-syllable name.
     */
    boolean constituency(int[] text, int from, int to) {
        if (to - from < 3 || "갑을병정".indexOf(text[to - 1]) < 0) {
            return false;
        }
        return gazetteer.exact(text, from, to - 1).stream().anyMatch(e -> e.type() == MentionType.PLACE);
    }

    /** Last syllables of names of bodies and units, which a proper noun before a title then is, not a person. */
    private static final String BODY_ENDINGS = "부청처원회당국단군시도구실";

    /** Not a status word, not a title, not a known non-person name. */
    boolean plain(int[] text, int from, int to) {
        String s = new String(text, from, to - from);
        if (NOT_NAMES.contains(s) || lexicon.role(s) != null || lexicon.isStatusSuffix(s)) {
            return false;
        }
        List<GazetteerEntry> known = gazetteer.exact(text, from, to);
        return known.isEmpty() || known.stream().anyMatch(e -> e.type() == MentionType.PERSON);
    }

    /** A lone surname written before a title ({@code 오 시장}); 전 and 현 there mean former and current. */
    boolean isLoneSurname(int[] text, int from, int to) {
        return isSurname(text, from, to) && !NOT_LONE_SURNAMES.contains(new String(text, from, to - from));
    }

    /**
     * A surname alone, before a status word and a title ({@code 원 전 장관}), that short-names someone the text
     * named in full before it ({@code 원희룡}). The full name lets through surnames that alone are too often
     * something else (원 is also "won"); 전, 현 and 모 never are (former, current, a certain).
     */
    boolean isLoneSurnameOfEarlierName(int[] text, int from, int to, MorphemeIndex morphemes) {
        if (!isSurname(text, from, to)) {
            return false;
        }
        String s = new String(text, from, to - from);
        if (!NOT_LONE_SURNAMES.contains(s)) {
            return true;
        }
        if (s.equals("전") || s.equals("현") || s.equals("모")) {
            return false;
        }
        for (int start = 0; start + (to - from) < from; start++) {
            boolean wordStart = start == 0 || Character.isWhitespace(text[start - 1]);
            if (wordStart && Arrays.equals(text, start, start + (to - from), text, from, to)) {
                int end = start;
                while (end < text.length && end - start < 4 && CharClass.isHangul(text[end])) {
                    end++;
                }
                for (int nameEnd = end; nameEnd > start + (to - from); nameEnd--) {
                    if (isKoreanName(text, start, nameEnd, morphemes)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private boolean isSurname(int[] text, int from, int to) {
        return (to - from == 1 || to - from == 2) && lexicon.surnameLength(text, from, to) == to - from;
    }
}
