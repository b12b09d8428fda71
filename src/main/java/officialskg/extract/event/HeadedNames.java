package officialskg.extract.event;

import officialskg.nlp.CodePointIndex;
import officialskg.nlp.Morpheme;
import officialskg.nlp.PosTag;

import officialskg.extract.CharClass;
import officialskg.extract.FirstCharacterSearch;
import officialskg.extract.lexicon.Surnames;
import officialskg.extract.title.TitleLexicon;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Event names that end in a head noun: {@code 서울시 신년인사회}, {@code G20 정상회의}, {@code 21대 총선},
 * {@code 2018 평창 동계올림픽}, {@code 서울 이노베이션 포럼 2024}. From the head, words are taken leftwards while they
 * are bare nouns, numbers or Latin words; the name must then start with a proper or number word, and a generic head
 * ({@code 회의, 행사}) needs a proper one, or an edition number before a compound ({@code 제7회 전국노병대회}): a bare
 * head is no event. A gathering head is also named by the post of those who gather ({@code 수석비서관 회의},
 * {@code 여야 원내대표 회동}, {@code 관계장관회의}).
 */
final class HeadedNames {

    /** Particles that may follow a name without being part of it. */
    static final String JOSA = "(?:은|는|이|가|을|를|에서도|에서의|에서는|에서|에도|에는|에게|에|의|와의|과의|와|과|으로|로|도|만|"
            + "까지|부터|이나|나|이라는|라는|이란|란|처럼|인|이며|이자|이다|다)";
    private static final int MAX_WORDS = 6;
    /** Syllables glued before a head that make the compound a name of its own (국정현안점검조정 + 회의). */
    private static final int LONG_COMPOUND = 5;
    private static final double PROPER_NAME = 0.8;
    private static final double NUMBERED = 0.75;
    private static final double OCCASION = 0.6;
    /**
     * After a bare occasion head, its particle and then, later in the sentence, a word saying someone attends, holds
     * or skips it: 만찬에는 … 참석했다, 발인식에 참석한, 오찬을 주재했다; or 에서 and a verb of saying.
     */
    private final Pattern occasionCue;
    /**
     * Verbs of saying after a bare occasion as the setting: {@code 비공개 의원총회에서 … 선언했다}, {@code 최고위원회의에서
     * … 말했다}: someone spoke at that one sitting.
     */
    private static final String SAYING = "말했|밝혔|강조했|선언했|지적했|주장했|발언했|제안했|촉구했|보고했|연설";
    private final EventLexicon lexicon;
    private final TitleLexicon titles;
    private final FirstCharacterSearch head;
    private final Pattern trailingYear = Pattern.compile("\\s((?:19|20)\\d{2})(?=" + JOSA + "?(?![가-힣\\d]))");
    private final NameWords words = new NameWords();
    /** {@code 올림픽 위원회}: the head names an organization's subject, not an event. */
    private final Pattern organizationAfter = Pattern.compile("\\s(?:조직위원회|조직위|준비위원회|준비위|위원회|위원장|사무국|"
            + "재단|협회|연맹|본부|사무소|추진단|선수촌)");

    HeadedNames(EventLexicon lexicon, TitleLexicon titles) {
        this.lexicon = lexicon;
        this.titles = titles;
        this.occasionCue = Pattern.compile("(?:(?:에서는|에서|에는|에도|에|을|를|도)\\s[^.?!\\n]*?(?:"
                + String.join("|", lexicon.occasionCues().stream().map(Pattern::quote).toList()) + ")"
                + "|(?:에서|에서는)\\s[^.?!\\n]*?(?:" + SAYING + "))");
        this.head = new FirstCharacterSearch(lexicon.firstCharacterSet(), lexicon.alternatives(),
                "(?=(?:때)?" + JOSA + "?(?![가-힣]))"); // 리우 올림픽때와: 때 (the time of) glued to the name
    }

    /**
     * Finds the event names of {@code text} into {@code out}, and into {@code referring} the bare heads that a
     * demonstrative points back with ({@code 이번 정상회의}, {@code 이날 행사}): one of those is an event only when
     * the article names an event with that head ({@link EventExtractor}).
     */
    void find(String text, CodePointIndex cps, MorphemeIndex morphemes, List<EventCandidate> out,
              List<EventCandidate> referring) {
        FirstCharacterSearch.Scan heads = head.over(text);
        Matcher year = trailingYear.matcher(text);
        Matcher cue = occasionCue.matcher(text);
        for (Matcher m = heads.find(0); m != null; m = heads.find(FirstCharacterSearch.next(m))) {
            if (isNoHead(text, m, cps, morphemes)) {
                continue;
            }
            int wordStart = wordStart(text, m.start());
            NameWords.Kind prefix = words.classifyPrefix(text.substring(wordStart, m.start()),
                    morphemes.overlapping(cps.at(wordStart), cps.at(m.start())));
            Name name = nameBefore(text, wordStart, cps, morphemes, lexicon.isElection(m.group()),
                    lexicon.isScandal(m.group()));
            boolean proper = name.proper() || prefix == NameWords.Kind.PROPER;
            boolean numbered = name.numbered() || prefix == NameWords.Kind.NUMBER;
            // 제7회 전국노병대회: an edition number before a head glued to its own words names one event of a
            // series, though the head is generic (제3차 회의, 제7회 대회 stay bare)
            // 제78차 최고위원회의: a session number before a compound head numbers one sitting of a named body
            // 제17차 화학무기금지협약 총회: or before words of its own that say of what
            boolean editionOfACompound = name.edition() && (m.start() > wordStart || m.group().length() >= 4
                    || text.substring(name.start(), wordStart).strip().indexOf(' ') > 0);
            // 국정현안점검조정회의, 전국노동자대회: a head glued to a long run of its own words is that gathering's name
            boolean longCompound = m.start() - wordStart >= LONG_COMPOUND && isHangul(text, wordStart, m.start());
            boolean named = proper || numbered && lexicon.isSpecific(m.group()) || editionOfACompound || longCompound
                    || name.sport() && lexicon.isChampionship(m.group()); // 펜싱 세계선수권대회
            if (!named && m.start() == wordStart && lexicon.isOccasion(m.group()) && !afterAQuote(text, m.start())
                    && !words.isPressWord(previousWord(text, wordStart))
                    && (lexicon.standsAlone(m.group()) || cue.region(m.end(), sentenceEnd(text, m.end())).lookingAt())) {
                // 개막식 시점부터, 국무회의에서: an occasion named by its head alone, cue or not
                // 만찬에는 … 참석했다: the dinner someone attends is one occasion, named or not
                out.add(new EventCandidate(m.start(), m.end(), OCCASION));
                continue;
            }
            if (!named && lexicon.isGathering(m.group())) {
                int post = postOfGathering(text, wordStart, m.start(), cps, morphemes);
                if (post >= 0) {
                    // 수석비서관 회의, 여야 원내대표 회동: the holders of a post gathering as such
                    int start = Math.min(post, nameBefore(text, post, cps, morphemes, false, false).start());
                    out.add(new EventCandidate(start, m.end(), OCCASION));
                    continue;
                }
            }
            if (!named && m.start() == wordStart && (refersBack(text, wordStart)
                    || lexicon.isElection(m.group()) && m.group().length() > 2)) {
                // 이번 정상회의, and an election by its compound head (재보궐선거에서): kept if the article names one
                referring.add(new EventCandidate(m.start(), m.end(), OCCASION)); // 이번 정상회의: kept if named
                continue;
            }
            if (!named) {
                continue; // a bare or merely described head: 회의, 오찬간담회, 지난 선거
            }
            int end = year.region(m.end(), text.length()).lookingAt() ? year.end(1) : m.end();
            out.add(new EventCandidate(name.start(), end, proper ? PROPER_NAME : NUMBERED));
        }
    }

    /** Where the name before a head starts, and whether it has a proper or number word. */
    private record Name(int start, boolean proper, boolean numbered, boolean edition, boolean sport) {
    }

    /** An edition or session number, {@code 제7회}, {@code 제78차}: one of a series, when the head says of what. */
    private static final Pattern EDITION = Pattern.compile("제\\d{1,4}[회차]");
    private static final Pattern MONTH = Pattern.compile("\\d{1,2}[월일]");

    /**
     * Takes the words before the head leftwards while they may belong to a name; the name starts at the farthest
     * proper or number word, so common nouns before it ({@code 세계 최대 박람회}) stay out.
     */
    private Name nameBefore(String text, int wordStart, CodePointIndex cps, MorphemeIndex morphemes,
                            boolean election, boolean scandal) {
        int start = wordStart;
        boolean proper = false;
        boolean numbered = false;
        boolean edition = false;
        boolean sport = false;
        int at = wordStart;
        String right = ""; // the word after the one looked at
        for (int n = 0; n < MAX_WORDS && at >= 2 && text.charAt(at - 1) == ' '; n++) {
            int from = wordStart(text, at - 1);
            if (from == at - 1) {
                break;
            }
            String word = text.substring(from, at - 1);
            NameWords.Kind kind = words.classify(word, morphemes.overlapping(cps.at(from), cps.at(at - 1)));
            if (kind == NameWords.Kind.STOP && word.equals("제") && numbered && start == at) {
                start = from; // 제 21대 국회의원 선거: the edition mark written apart
                at = from;
                continue;
            }
            if (kind == NameWords.Kind.STOP && scandal && start == at && Surnames.hasFullNameShape(word)) {
                kind = NameWords.Kind.PROPER; // 최순실 게이트: a scandal is named after the person at its centre
            }
            if (kind == NameWords.Kind.STOP && election && MONTH.matcher(word).matches()) {
                kind = NameWords.Kind.NUMBER; // 12월 대선, 7월 28일 재보궐선거: the month or day tells the election apart
            }
            if (kind == NameWords.Kind.STOP || election && words.namesABody(word)) {
                break; // 공화당 대선 후보: the party before an election is its candidate's, not the election's name
            }
            if ((numbered || proper) && start == at && words.isHomeCountry(word)) {
                break; // 대한민국 제21대 국회의원 선거: a name already complete; the country only says where it is held
            }
            // 수교 30주년 기념행사: the noun before an anniversary says what is celebrated
            boolean celebrated = kind == NameWords.Kind.COMMON && start == at && words.isAnniversary(right);
            if (kind != NameWords.Kind.COMMON || words.opensAName(word) || celebrated) {
                start = from;
                sport |= words.isSport(word);
                proper |= kind == NameWords.Kind.PROPER;
                numbered |= kind == NameWords.Kind.NUMBER;
                edition |= kind == NameWords.Kind.NUMBER && EDITION.matcher(word).matches();
            }
            right = word;
            at = from;
        }
        Matcher day = LONE_DAY.matcher(text).region(start, wordStart);
        if (election && day.lookingAt()) {
            start = day.end(); // 8일 미 대선: a day without its month dates the sentence, not the election
        }
        return new Name(start, proper, numbered, edition, sport);
    }

    /** A day of the month written first in a name, without its month before it. */
    private static final Pattern LONE_DAY = Pattern.compile("\\d{1,2}일\\s+");

    /**
     * Where the post before a gathering head starts: glued to it ({@code 관계장관회의}) or the word before it
     * ({@code 수석비서관 회의}, {@code 원내대표 회동}); -1 when there is none, or when a person's name stands before the
     * post ({@code 김 장관 간담회}: one person's meeting, not a gathering of post-holders).
     */
    private int postOfGathering(String text, int wordStart, int headStart, CodePointIndex cps,
                                MorphemeIndex morphemes) {
        if (headStart > wordStart) {
            return endsInAPost(text.substring(wordStart, headStart)) ? wordStart : -1;
        }
        if (wordStart < 2 || text.charAt(wordStart - 1) != ' ') {
            return -1;
        }
        int from = wordStart(text, wordStart - 1);
        String word = text.substring(from, wordStart - 1);
        if (!endsInAPost(word)) {
            return -1;
        }
        if (from >= 2 && text.charAt(from - 1) == ' ') {
            int before = wordStart(text, from - 1);
            String name = text.substring(before, from - 1);
            boolean person = name.length() == 1 && CharClass.isHangulSyllable(name.charAt(0))
                    || words.classify(name, morphemes.overlapping(cps.at(before), cps.at(from - 1)))
                    == NameWords.Kind.STOP && NameWords.looksLikePersonName(name,
                    morphemes.overlapping(cps.at(before), cps.at(from - 1)));
            if (person) {
                return -1;
            }
        }
        return from;
    }

    /** A Hangul word that ends in a post: 수석비서관, 원내대표, 후보, 관계장관. */
    private boolean endsInAPost(String word) {
        if (word.isEmpty() || !isHangul(word, 0, word.length())) {
            return false;
        }
        int[] cps = word.codePoints().toArray();
        return titles.longestTitleEndingAt(cps, 0, cps.length) > 0;
    }

    /** Words that point back to an event already written: 이번 정상회의, 이날 행사, 해당 대회. */
    private static final Set<String> POINTING_BACK = Set.of("이번", "이날", "당일", "해당", "같은", "그");

    /** Whether a demonstrative is the word right before the word at {@code wordStart}. */
    private static boolean refersBack(String text, int wordStart) {
        if (wordStart < 2 || text.charAt(wordStart - 1) != ' ') {
            return false;
        }
        return POINTING_BACK.contains(text.substring(wordStart(text, wordStart - 1), wordStart - 1));
    }

    /** A head match that is part of another word or names something else. */
    private boolean isNoHead(String text, Matcher m, CodePointIndex cps, MorphemeIndex morphemes) {
        return splitsAWord(morphemes, cps.at(m.start()), cps.at(m.end()))
                || organizationAfter.matcher(text).region(m.end(), text.length()).lookingAt()
                || m.group().equals("시리즈") && isModelCodeBefore(text, m.start())
                || m.group().equals("회의") && endsANounInHoe(text, m.start(), m.end());
    }

    /**
     * Whether the head starts inside a common noun of the tagger's: {@code 회의} in {@code 위원회의} (위원회 + 의),
     * {@code 행사} in {@code 여행사}. A proper noun may hold the head ({@code 평창동계올림픽}).
     */
    private static boolean splitsAWord(MorphemeIndex morphemes, int headStart, int headEnd) {
        for (Morpheme m : morphemes.overlapping(headStart, headStart + 1)) {
            if (m.start() < headStart && (m.end() < headEnd || !m.is(PosTag.NNP))) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code 의회의}, {@code 위원회의}, {@code 국회의}: a noun in 회 with the particle 의, which the tagger sometimes
     * reads as 의 + 회의. Taken as such when 회의 ends the word.
     */
    private static boolean endsANounInHoe(String text, int headStart, int headEnd) {
        boolean endsWord = headEnd == text.length() || !Character.isLetter(text.charAt(headEnd));
        return endsWord && headStart > 0 && "의사협학교국총원대기".indexOf(text.charAt(headStart - 1)) >= 0;
    }

    /** {@code 볼보 F 시리즈}: after a short Latin or digit code ({@code F}, {@code FMX}) a series is a product line. */
    private static boolean isModelCodeBefore(String text, int headStart) {
        if (headStart < 2 || text.charAt(headStart - 1) != ' ') {
            return false;
        }
        int from = wordStart(text, headStart - 1);
        String word = text.substring(from, headStart - 1);
        return !word.isEmpty() && word.length() <= 4 && word.chars().allMatch(c -> c < 128);
    }

    /** ‘서울관’ 개관식: the quote names the occasion, and the bare head alone is not its name. */
    /** The word before the one starting at {@code wordStart}, one space apart, or "". */
    private static String previousWord(String text, int wordStart) {
        if (wordStart < 2 || text.charAt(wordStart - 1) != ' ') {
            return "";
        }
        int from = wordStart(text, wordStart - 1);
        return text.substring(from, wordStart - 1);
    }

    private static boolean afterAQuote(String text, int headStart) {
        int i = headStart - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        return i >= 0 && "’”'\"」』》〉".indexOf(text.charAt(i)) >= 0;
    }

    /** Where the sentence holding {@code from} ends, at most 120 characters on: a cue further off is not its. */
    private static int sentenceEnd(String text, int from) {
        int limit = Math.min(text.length(), from + 120);
        for (int i = from; i < limit; i++) {
            char c = text.charAt(i);
            if (c == '.' || c == '\n' || c == '?' || c == '!') {
                return i;
            }
        }
        return limit;
    }

    private static boolean isHangul(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!CharClass.isHangulSyllable(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }

    /** Start of the word that ends at {@code end}: letters, digits, a middle dot between digits ({@code 4·10}) and a
     * hyphen inside a Latin code ({@code U-17}) or between two Hangul words. */
    private static int wordStart(String text, int end) {
        int i = end;
        while (i > 0) {
            char c = text.charAt(i - 1);
            boolean dateDot = (c == '·' || c == 'ㆍ' || c == '.') && i >= 2 && i < text.length()
                    && Character.isDigit(text.charAt(i - 2))
                    && Character.isDigit(text.charAt(i));
            // U-17, G-20: a hyphen inside a Latin code keeps the code one word
            boolean codeHyphen = c == '-' && i >= 2 && i < text.length() && isAsciiLetterOrDigit(text.charAt(i - 2))
                    && isAsciiLetterOrDigit(text.charAt(i));
            // 대한민국-나이지리아간: a hyphen between two Hangul words joins the two sides into one word
            boolean pairHyphen = c == '-' && i >= 2 && i < text.length()
                    && CharClass.isHangulSyllable(text.charAt(i - 2)) && CharClass.isHangulSyllable(text.charAt(i));
            if (!(Character.isLetterOrDigit(c) || c == '&' || dateDot || codeHyphen || pairHyphen)) {
                break;
            }
            i--;
        }
        return i;
    }
}
