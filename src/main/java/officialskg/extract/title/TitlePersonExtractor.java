package officialskg.extract.title;

import officialskg.extract.Document;
import officialskg.extract.CharClass;
import officialskg.extract.Mention;
import officialskg.extract.MentionExtractor;
import officialskg.extract.MentionType;
import officialskg.extract.MorphemeIndex;
import officialskg.extract.Word;
import officialskg.extract.gazetteer.GazetteerEntry;
import officialskg.extract.gazetteer.GazetteerMatcher;
import officialskg.extract.lexicon.Surnames;
import officialskg.extract.lexicon.WordLists;
import officialskg.extract.pattern.OrganizationSuffixes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Titles and the persons they name, from phrase patterns around a title word ({@link TitleWords}):
 * <ul>
 *   <li>name + [status word] + [organization…] + title: {@code 오세훈 서울시장}, {@code 최태원 서울상공회의소 회장},
 *       {@code 원희룡 전 국토교통부 장관}, {@code 버락 오바마 미국 대통령} (foreign names: up to three proper-noun
 *       words);</li>
 *   <li>lone surname + title: {@code 오 시장} — the Person mention is the surname {@code 오} alone, the Title is
 *       {@code 시장}; the resolver links {@code 오} to {@code 오세훈};</li>
 *   <li>[organization] title + name: {@code 국토교통부 장관 원희룡}, {@code 대통령 윤석열}; after a leader's post, a
 *       foreign name of up to three words: {@code 멕시코 대통령 엔리케 페냐 니에토};</li>
 *   <li>organization + up to two descriptor words + title with no name on either side: an unnamed post-holder,
 *       a Person mention over the whole phrase ({@code MLB 국제사업총괄 부사장}, confidence 0.5) with the Title and
 *       Organization mentions nested inside it;</li>
 *   <li>honorifics: {@code 홍길동 씨}, {@code 김모씨}, {@code 김모(45)씨}, and names glossed with an age:
 *       {@code 안산(20·광주여대)} (see {@link Honorifics});</li>
 *   <li>rolls of names joined by middle dots: {@code 김정재ㆍ윤종필ㆍ김승희 의원} (see {@link NameRolls}).</li>
 * </ul>
 * A bare title word ({@code 시장} is also "market") counts only in one of these phrases, after a status word
 * ({@code 전}, {@code 신임}), or glued to the organization it heads ({@code 서울시장}, {@code 감사원장}).
 * Status words ({@code 전}, {@code 前}, {@code 신임}) stay outside every span; a status suffix
 * ({@code 권한대행}, {@code 당선인}) joins the title span but not its normalized role.
 */
public final class TitlePersonExtractor implements MentionExtractor {

    public static final String NAME = "title";
    private static final int MAX_ORG_WORDS = 2;
    /** Code points a bracketed note between a name and its post may have (an age, votes and a share). */
    private static final int MAX_NOTE = 30;
    /**
     * Roles before which a single proper-noun word is taken as a (foreign) name: 트럼프 대통령, 푸틴 대통령
     * ({@code leader-roles.txt}).
     */
    private static final Set<String> LEADER_ROLES = WordLists.set(TitlePersonExtractor.class, "leader-roles.txt");
    /** Roles that are no office of their body: 미래통합당 후보 is whoever the party runs, never one holder. */
    private static final Set<String> NEVER_UNNAMED = Set.of("후보");
    /** Where an envoy is posted, before the post ({@code envoy-residences.txt}): 주한, 주미. */
    private static final Set<String> ENVOY_RESIDENCES =
            WordLists.set(TitlePersonExtractor.class, "envoy-residences.txt");
    /** One-syllable short names of countries before a post ({@code country-short-names.txt}): 미, 중, 일. */
    private static final Set<String> COUNTRY_SHORT_NAMES =
            WordLists.set(TitlePersonExtractor.class, "country-short-names.txt");

    private final TitleLexicon lexicon;
    private final GazetteerMatcher gazetteer;
    private final PersonNames names;
    private final TitleWords titleWords;

    public TitlePersonExtractor(GazetteerMatcher gazetteer) {
        this.lexicon = new TitleLexicon();
        this.gazetteer = gazetteer;
        this.names = new PersonNames(lexicon, this.gazetteer);
        this.titleWords = new TitleWords(lexicon, this.gazetteer);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Mention> extract(Document document) {
        int[] text = document.codePoints();
        MorphemeIndex morphemes = document.morphemes();
        List<Word> words = document.words();
        List<Mention> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            TitleWords.Hit hit = titleWords.at(text, words.get(i));
            if (hit != null) {
                phrase(text, words, i, hit, morphemes, out);
            }
        }
        Honorifics honorifics = new Honorifics(names);
        honorifics.find(text, words, morphemes, out);
        honorifics.findAgeGlosses(text, words, morphemes, out);
        new NameRolls(names).find(text, morphemes, out);
        new SpeakerNames(names).find(text, words, morphemes, out);
        return out;
    }

    private void phrase(int[] text, List<Word> words, int i, TitleWords.Hit hit, MorphemeIndex morphemes,
                        List<Mention> out) {
        int titleEnd = statusSuffixEnd(text, words, i, hit.end());
        int first = i; // first word of the [organization…] title run
        int orgStart = -1;
        for (int k = i - 1; k >= 0 && i - k <= MAX_ORG_WORDS + 1; k--) {
            Word w = words.get(k);
            boolean organization = isOrganizationWord(text, w, morphemes)
                    && (!UNIT_HEAD_ROLES.contains(hit.role()) || isAdministrativeUnit(text, w))
                    // 블링컨 미 국무장관: a country's one-syllable short name, right before the post
                    || k == i - 1 && w.length() == 1 && COUNTRY_SHORT_NAMES.contains(w.in(text));
            // 대한상의 회장: a known body whose last syllable reads as the particle 의
            if (!w.spaceBefore(text, words.get(k + 1)) || w.stemEnd() != w.end() && !organization) {
                break;
            }
            if (organization || names.constituency(text, w.start(), w.end())) {
                orgStart = w.start();
                first = k;
            } else if (k == first - 1 && ENVOY_RESIDENCES.contains(w.in(text))) {
                first = k; // 필립 골드버그 주한 미국대사: where the envoy is posted
            } else if (k == i - 1 && Surnames.hasFullNameShape(w.in(text)) && k > 0
                    && words.get(k - 1).spaceBefore(text, w) && isOrganizationWord(text, words.get(k - 1), morphemes)) {
                // MBC 윤여춘 해설위원, 서울대 김철수 교수: body, name, post; the name is the holder
                out.add(person(text, w.start(), w.end(), 0.75));
                break;
            } else if (orgStart >= 0 || i - k > MAX_ORG_WORDS || !descriptor(text, w, morphemes)) {
                break;
            }
        }
        boolean named = false;
        if (first > 0 && words.get(first - 1).spaceBefore(text, words.get(first))) {
            int k = first - 1;
            if (k > 0 && isStatusWord(text, words.get(k)) && words.get(k - 1).spaceBefore(text, words.get(k))) {
                k--; // the status word stands between the name and its post: 원희룡 전 국토교통부 장관
            }
            named = nameBefore(text, words, k, i, hit, morphemes, out);
        } else if (first > 0) {
            named = nameBeforeNote(text, words, first, morphemes, out);
        }
        Word titleWord = words.get(i);
        boolean suffixed = titleEnd > hit.end();
        Word lastOfTitle = suffixed ? words.get(i + 1) : titleWord;
        int after = suffixed ? i + 2 : i + 1;
        if (!named && titleEnd == lastOfTitle.end() && after < words.size()) {
            Word next = words.get(after);
            if (lastOfTitle.spaceBefore(text, next) && morphemes.properNounAt(next.start())
                    && names.isKoreanName(text, next.start(), next.stemEnd(), morphemes)) {
                out.add(person(text, next.start(), next.stemEnd(), 0.8));
                named = true;
            } else if (lastOfTitle.spaceBefore(text, next) && LEADER_ROLES.contains(hit.role())) {
                int nameEnd = foreignNameAfter(text, words, after, morphemes);
                if (nameEnd > 0) { // 멕시코 대통령 엔리케 페냐 니에토와: the post-holder is named after the post
                    out.add(person(text, next.start(), nameEnd, 0.7));
                    named = true;
                }
            }
        }
        boolean status = i > 0 && words.get(i - 1).spaceBefore(text, titleWord) && (isStatusWord(text, words.get(i - 1))
                || stackedOnAPost(text, words.get(i - 1)));
        if (!named && orgStart >= 0 && first < i && !aboutThePostNotAHolder(text, words, after)
                && !NEVER_UNNAMED.contains(hit.role())) {
            out.add(new Mention(orgStart, titleEnd, new String(text, orgStart, titleEnd - orgStart),
                    MentionType.PERSON, NAME, 0.5, null, null));
        }
        if (hit.descriptivePrefix() && !named && orgStart < 0) {
            return; // 비상대책위원장 alone could be any committee's; with 국민의힘 or a name it is a title
        }
        if (named || orgStart >= 0 || hit.embeddedOrgEnd() > 0 || status) {
            out.add(new Mention(hit.start(), titleEnd, new String(text, hit.start(), titleEnd - hit.start()),
                    MentionType.TITLE, NAME, hit.embeddedOrgEnd() > 0 ? 0.85 : 0.8, hit.role(), null));
            boolean abroad = hit.embeddedOrgId() != null && hit.embeddedOrgId().startsWith("kg:gov/")
                    && i > 0 && words.get(i - 1).spaceBefore(text, titleWord)
                    && isForeignCountry(text, words.get(i - 1)); // 왕이 중국 외교부장: not the Korean ministry
            if (hit.embeddedOrgEnd() > 0 && !abroad) {
                out.add(new Mention(hit.start(), hit.embeddedOrgEnd(),
                        new String(text, hit.start(), hit.embeddedOrgEnd() - hit.start()), MentionType.ORGANIZATION,
                        NAME, 0.8, null, hit.embeddedOrgId()));
            }
        }
    }

    /**
     * A Korean name with a note in brackets between it and the post ({@code 손학규(13만 6천205표, 22.2%) 후보},
     * {@code 김대호(60) 미래통합당 후보}); adds it and says whether found.
     */
    private boolean nameBeforeNote(int[] text, List<Word> words, int first, MorphemeIndex morphemes,
                                   List<Mention> out) {
        int close = words.get(first).start() - 1;
        while (close > 0 && text[close] == ' ') {
            close--;
        }
        if (close == words.get(first).start() - 1 || text[close] != ')') {
            return false;
        }
        int open = close - 1;
        while (open > 0 && close - open <= MAX_NOTE && text[open] != '(' && text[open] != ')') {
            open--;
        }
        if (text[open] != '(') {
            return false;
        }
        for (int k = first - 1; k >= 0 && words.get(k).end() >= open; k--) {
            Word w = words.get(k);
            if (w.end() == open) {
                if (!names.isKoreanName(text, w.start(), w.end(), morphemes)) {
                    return false;
                }
                out.add(person(text, w.start(), w.end(), 0.8));
                return true;
            }
        }
        return false;
    }

    /** A name (Korean, lone surname, or foreign) ending with word {@code k}; adds it and says whether found. */
    private boolean nameBefore(int[] text, List<Word> words, int k, int titleIndex, TitleWords.Hit hit,
                               MorphemeIndex morphemes, List<Mention> out) {
        Word w = words.get(k);
        int foreignStart = foreignNameStart(text, words, k, morphemes);
        boolean severalParts = foreignStart >= 0 && foreignStart < w.start();
        if (!severalParts && names.isKoreanName(text, w.start(), w.end(), morphemes)) {
            out.add(person(text, w.start(), w.end(), 0.85));
            return true;
        }
        if (!severalParts && (names.isKoreanNameReadAsNameAndParticle(text, w.start(), w.end(), morphemes)
                || names.isKoreanNameReadAsWordAndSuffix(text, w.start(), w.end(), morphemes))) {
            out.add(person(text, w.start(), w.end(), 0.8));
            return true;
        }
        if (k == titleIndex - 1 && (names.isLoneSurname(text, w.start(), w.end())
                || names.isLoneSurnameOfEarlierName(text, w.start(), w.end(), morphemes)) // 한 총리 after 한덕수
                || k == titleIndex - 2 && isStatusWord(text, words.get(k + 1)) // 원 전 장관, 윤 전 대통령
                && names.isLoneSurnameOfEarlierName(text, w.start(), w.end(), morphemes)) {
            out.add(person(text, w.start(), w.end(), 0.7));
            return true;
        }
        boolean leaderTitle = LEADER_ROLES.contains(hit.role());
        if (foreignStart >= 0 && (severalParts || leaderTitle || k < titleIndex - 1)) {
            out.add(person(text, foreignStart, w.end(), 0.7));
            return true;
        }
        if (leaderTitle && k == titleIndex - 1 && lastPartOfAFullName(text, words, k, morphemes)) {
            out.add(person(text, w.start(), w.end(), 0.7)); // 트럼프 대통령과, read as playing cards here
            return true;
        }
        if (k == titleIndex - 2 && isForeignCountry(text, words.get(k + 1))
                && names.isShortForeignName(text, w.start(), w.end())) {
            out.add(person(text, w.start(), w.end(), 0.7)); // 왕이 중국 외교부장과: a name of two syllables
            return true;
        }
        return false;
    }

    /** Whether the word (without its particle) is a country other than Korea, as the gazetteer knows it. */
    private boolean isForeignCountry(int[] text, Word w) {
        for (var e : gazetteer.exact(text, w.start(), w.stemEnd())) {
            if (e.id().startsWith("kg:country/") && !e.id().equals("kg:country/kr")
                    && !e.id().equals("kg:country/kp")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether word {@code k} is written elsewhere in the article as the last part of a foreign name of several words
     * ({@code 도널드 트럼프}): the analyzer may read the part alone as a common noun (트럼프, cards) where the full
     * name leaves no doubt.
     */
    private boolean lastPartOfAFullName(int[] text, List<Word> words, int k, MorphemeIndex morphemes) {
        Word w = words.get(k);
        if (w.length() < 2 || !CharClass.allHangul(text, w.start(), w.end()) || !names.plain(text, w.start(), w.end())) {
            return false;
        }
        for (int j = 1; j < words.size(); j++) {
            Word other = words.get(j);
            if (j != k && other.stemEnd() - other.start() == w.length()
                    && java.util.Arrays.equals(text, other.start(), other.stemEnd(), text, w.start(), w.end())
                    && words.get(j - 1).spaceBefore(text, other)
                    && names.isForeignNamePart(text, words.get(j - 1).start(), words.get(j - 1).end(), morphemes)
                    && morphemes.properNounAt(other.start())) {
                return true;
            }
        }
        return false;
    }

    /** Start of up to three proper-noun words ending with word {@code k} ({@code 버락 오바마}), or -1. */
    private int foreignNameStart(int[] text, List<Word> words, int k, MorphemeIndex morphemes) {
        int start = -1;
        for (int j = k; j >= 0 && k - j < 3; j--) {
            Word part = words.get(j);
            boolean joined = j == k || part.spaceBefore(text, words.get(j + 1));
            // 안토니우 구테흐스, 토니 블링컨: a family name the analyzer breaks up (구테 흐 스, 블 링컨) after a given name
            boolean brokenFamilyName = j == k && j > 0 && words.get(j - 1).spaceBefore(text, part)
                    && names.isForeignNamePart(text, words.get(j - 1).start(), words.get(j - 1).end(), morphemes)
                    && names.isBrokenForeignName(text, part.start(), part.end(), morphemes);
            if (!joined || !brokenFamilyName && !names.isForeignNamePart(text, part.start(), part.end(), morphemes)) {
                break;
            }
            start = part.start();
        }
        return start;
    }

    /**
     * End of up to three proper-noun words from word {@code first} on ({@code 엔리케 페냐 니에토와}: the name stops
     * at the first particle), or -1 when the first is no foreign name part.
     */
    private int foreignNameAfter(int[] text, List<Word> words, int first, MorphemeIndex morphemes) {
        int end = -1;
        for (int j = first; j < words.size() && j - first < 3; j++) {
            Word part = words.get(j);
            boolean namePart = j == first ? names.isForeignNamePart(text, part.start(), part.stemEnd(), morphemes)
                    : words.get(j - 1).spaceBefore(text, part)
                    && names.isForeignNameContinuation(text, part.start(), part.stemEnd(), morphemes);
            if (!namePart) {
                break;
            }
            end = part.stemEnd();
            if (part.stemEnd() != part.end()) {
                break;
            }
        }
        return end;
    }

    /** {@code 국회의원 선거}, {@code 대통령 선출}: the phrase names the post in an election, not a person. */
    private static boolean aboutThePostNotAHolder(int[] text, List<Word> words, int after) {
        if (after >= words.size()) {
            return false;
        }
        Word next = words.get(after);
        return ELECTION_WORDS.contains(new String(text, next.start(), next.stemEnd() - next.start()));
    }

    private static final Set<String> ELECTION_WORDS = Set.of("선거", "총선", "선출", "보궐선거", "재선거", "경선", "선거구",
            "임명", "공모", "자리", "직", "인선");

    private int statusSuffixEnd(int[] text, List<Word> words, int i, int titleEnd) {
        Word w = words.get(i);
        if (titleEnd == w.end() && i + 1 < words.size() && w.spaceBefore(text, words.get(i + 1))) {
            Word next = words.get(i + 1);
            int stemEnd = next.stemEnd();
            if (lexicon.isStatusSuffix(new String(text, next.start(), stemEnd - next.start()))) {
                return stemEnd;
            }
        }
        return titleEnd;
    }

    private boolean isOrganizationWord(int[] text, Word w, MorphemeIndex morphemes) {
        List<GazetteerEntry> known = gazetteer.exact(text, w.start(), w.end());
        if (!known.isEmpty()) {
            GazetteerEntry e = known.get(0);
            // a country (미국 대통령) or a unit written with its suffix (서울시 대변인), not a bare city (서울 시장)
            boolean unitWithSuffix = e.isAdministrativeUnit() && "시도군구".indexOf(text[w.end() - 1]) >= 0;
            return e.type() == MentionType.ORGANIZATION || e.id().startsWith("kg:country/") || unitWithSuffix;
        }
        if (w.length() >= 3 && text[w.end() - 1] == '대' && morphemes.allProperNouns(w.start(), w.end())) {
            return true; // a university by its short name: 서강대, 경희대
        }
        int suffix = OrganizationSuffixes.suffixLength(text, w.start(), w.end());
        return suffix > 0 && w.length() - suffix >= 2 && gazetteer.longestPrefix(text, w.start(), w.end()) != null;
    }

    /**
     * Roles that head an administrative unit: the body before them must be one (부산시 시장), since 시장 is also
     * "market" (유튜브 시장, 터키 시장, 상용차 시장).
     */
    private static final Set<String> UNIT_HEAD_ROLES = Set.of("시장", "군수", "구청장", "도지사", "지사");

    private boolean isAdministrativeUnit(int[] text, Word w) {
        // a Korean unit (부산시) or a city abroad (뉴욕), never a country (터키 시장) or a company (유튜브 시장)
        return gazetteer.exact(text, w.start(), w.stemEnd()).stream().anyMatch(e -> e.isAdministrativeUnit()
                || e.type() == MentionType.PLACE && !e.id().startsWith("kg:country/"));
    }

    /** A department-like word between an organization and a title ({@code 국제사업총괄}): no particle, not a name. */
    private boolean descriptor(int[] text, Word w, MorphemeIndex morphemes) {
        return w.length() <= 8 && w.stemEnd() == w.end() && !isStatusWord(text, w)
                && !names.isKoreanName(text, w.start(), w.end(), morphemes)
                && !names.isLoneSurname(text, w.start(), w.end())
                && !names.isForeignNamePart(text, w.start(), w.end(), morphemes);
    }

    /** 대통령 권한대행 국무총리, 부총리 겸 장관: a second post of the holder of the first. */
    private boolean stackedOnAPost(int[] text, Word previous) {
        String s = previous.in(text);
        return s.equals("겸") || lexicon.isStatusSuffix(s) && !s.startsWith("후보") && !s.startsWith("예비");
    }

    private static boolean isStatusWord(int[] text, Word w) {
        String s = w.in(text);
        return s.equals("전") || s.equals("前") || s.equals("현") || s.equals("신임") || s.equals("차기")
                || s.equals("초대") || s.equals("전임") || s.equals("당시");
    }

    private static Mention person(int[] text, int start, int end, double confidence) {
        return new Mention(start, end, new String(text, start, end - start), MentionType.PERSON, NAME, confidence,
                null, null);
    }
}
