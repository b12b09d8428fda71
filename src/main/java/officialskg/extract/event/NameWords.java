package officialskg.extract.event;

import officialskg.extract.lexicon.Surnames;
import officialskg.extract.lexicon.SportWords;
import officialskg.extract.lexicon.WordLists;
import officialskg.nlp.Morpheme;
import officialskg.nlp.PosTag;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides whether a word before an event head can be part of the event's name, from its shape and its morphemes.
 * A word that ends in a particle or verb ending ({@code 서울시는}, {@code 열린}) ends the name.
 */
final class NameWords {

    enum Kind {
        /** a proper noun, Latin word or country pair: names the event ({@code 서울시}, {@code G20}, {@code 한미}) */
        PROPER,
        /** a year or ordinal: names an election or games ({@code 2018}, {@code 21대}, {@code 4·10}) */
        NUMBER,
        /** a common noun: may sit inside a name ({@code 이노베이션}, {@code 동계}) but not start it */
        COMMON,
        /** not part of a name */
        STOP
    }

    private static final Pattern NUMBER = Pattern.compile(
            "(?:19|20)\\d{2}(?:년)?|제?\\d{1,3}(?:대|회|차|기)|\\d{1,2}·\\d{1,2}");
    /** A year glued to a name: 2014월드컵, 2018평창 (a name of its own before a qualifying round or a venue). */
    private static final Pattern YEAR_GLUED = Pattern.compile("(?:19|20)\\d{2}(?!년)[가-힣]{2,}");
    /** A month and day joined by a dot: 10·29, 4.19, 8ㆍ15 (a decimal such as 3.75 has more digits or no month). */
    private static final Pattern DAY_NAME = Pattern.compile("(?:1[0-2]|[1-9])[·ㆍ.](?:[12]\\d|3[01]|[1-9])");
    /** An anniversary: 수교 30주년 기념행사, 독립 50주년 기념식 name one celebration. */
    private static final Pattern ANNIVERSARY = Pattern.compile("\\d{1,4}주년");
    /** A ship's name: 세월호, 천안함 (not 제1호, an issue number). */
    private static final Pattern VESSEL = Pattern.compile("[가-힣&&[^제]][가-힣]{1,4}[호함]");
    private static final Pattern LATIN = Pattern.compile("[A-Za-z][A-Za-z0-9&.\\-]*|[A-Za-z0-9]*[A-Za-z][A-Za-z0-9]*");
    /** Two or three one-syllable country abbreviations: 한미, 남북, 한·중, 한미일. */
    private static final Pattern COUNTRY_PAIR = Pattern.compile("[한미중일북남러영불독호캐몽베](?:·?[한미중일북남러영불독호캐몽베]){1,2}");
    /** Words that are nouns to the tagger but refer, qualify or count rather than name ({@code not-name-words.txt}). */
    private static final Set<String> NOT_NAMES = WordLists.set(NameWords.class, "not-name-words.txt");
    /** Dates are not part of a name: {@code 2016년 12월 국회 청문회} names the hearing without its month. */
    private static final Pattern MONTH_OR_DAY = Pattern.compile("\\d{1,2}(?:월|일)");
    /** Last syllables of three-syllable place and organization names ({@code 서울시}, {@code 국방부}, {@code 민주당}). */
    private static final String ORG_ENDINGS = "시군구도읍면동리국청원부처회당대사관소단실과팀원";

    /** Days with a name of their own ({@code named-days.txt}): 광복절 행사, 현충일 추념식. */
    private final Set<String> namedDays = WordLists.set(NameWords.class, "named-days.txt");

    /** Endings of a word naming a body ({@code body-word-endings.txt}): 철도노조, 새누리당. */
    private final List<String> bodyEndings = WordLists.lines(NameWords.class, "body-word-endings.txt");

    /** Common nouns that begin a competition's or gathering's name ({@code name-openers.txt}): 세계, 럭비. */
    private final Map<String, String> openers = WordLists.lines(NameWords.class, "name-openers.txt").stream()
            .map(l -> l.split("\t"))
            .collect(java.util.stream.Collectors.toUnmodifiableMap(f -> f[0].strip(), f -> f[1].strip()));

    /** Words that make an occasion a press event ({@code press-words.txt}): 기자 간담회 is a press conference. */
    private final Set<String> pressWords = WordLists.set(NameWords.class, "press-words.txt");

    /**
     * Whether the word before an occasion makes it a meeting with the press ({@code 기자 간담회}, {@code 비공식 기자
     * 간담회}), which the guidelines leave out unless it has a name.
     */
    boolean isPressWord(String word) {
        return pressWords.contains(word);
    }

    /** The home country's names ({@code home-country-words.txt}): 대한민국, 한국. */
    private final Set<String> homeCountry = WordLists.set(NameWords.class, "home-country-words.txt");

    /**
     * Whether the word names the home country, which Korean news writes before a name that is already complete
     * (대한민국 제21대 국회의원 선거) to say where, not as part of it; a foreign country stays in (미국 대통령 선거).
     */
    boolean isHomeCountry(String word) {
        return homeCountry.contains(word);
    }

    /** Whether the word is an anniversary (30주년), whose subject noun before it belongs to the name. */
    boolean isAnniversary(String word) {
        return ANNIVERSARY.matcher(word).matches();
    }

    /** Whether a common noun belongs to the name after it: 세계 쇼트트랙 선수권 대회, 럭비 세븐스 싱가포르 투어. */
    boolean opensAName(String word) {
        return openers.containsKey(word) || SportWords.isSport(word);
    }

    /** Whether the word names a sport (펜싱, 피겨): enough to name a championship. */
    boolean isSport(String word) {
        return SportWords.isSport(word);
    }

    /** A word of three or more syllables naming a body: the tagger often reads it as common nouns (철도/노조). */
    boolean namesABody(String word) {
        if (word.length() < 3) {
            return false;
        }
        for (String ending : bodyEndings) {
            if (word.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    Kind classify(String word, List<Morpheme> morphemes) {
        if (DAY_NAME.matcher(word).matches()) {
            return Kind.PROPER; // 10·29 참사, 7·2 전국노동자대회: a day written this way names what happened on it
        }
        if (NUMBER.matcher(word).matches()) {
            return Kind.NUMBER;
        }
        if (namedDays.contains(word)) {
            return Kind.PROPER; // 광복절 행사: the day names what is held on it
        }
        if (ANNIVERSARY.matcher(word).matches()) {
            return Kind.PROPER; // 한국어 위키백과 10주년 기념행사: the anniversary names the celebration
        }
        if (VESSEL.matcher(word).matches()) {
            return Kind.PROPER; // 세월호 참사, 천안함 사건: the tagger reads the ship's name as 세월 + 호
        }
        if (namesABody(word) && word.chars().allMatch(c -> c >= '가' && c <= '힣')) {
            return Kind.PROPER;
        }
        if (LATIN.matcher(word).matches() || COUNTRY_PAIR.matcher(word).matches()) {
            return Kind.PROPER;
        }
        if (NOT_NAMES.contains(word) || !word.codePoints().allMatch(c -> c >= '가' && c <= '힣' || c == '·' || c == '-'
                || Character.isLetterOrDigit(c) && c < 128)) {
            return Kind.STOP;
        }
        if (MONTH_OR_DAY.matcher(word).matches() || looksLikePersonName(word, morphemes)
                || word.length() == 1 && Surnames.isCommon(word.charAt(0))) {
            return Kind.STOP; // 김 장관 간담회: a surname alone is a person's, not part of a name
        }
        if (isDistrict(word, morphemes)) {
            return Kind.PROPER; // 관악갑 후보 토론회: the tagger reads an electoral district as 관악 + 갑
        }
        if (morphemes.isEmpty()) {
            return Kind.COMMON;
        }
        if (YEAR_GLUED.matcher(word).matches() && morphemes.getLast().tag().isNoun()) {
            return Kind.NUMBER; // 2014월드컵 유럽 지역 예선: the year names the games the round belongs to
        }
        if (!isNounLike(morphemes.getLast())) {
            return Kind.STOP; // 서울시는, 열린, 참석해
        }
        return morphemes.stream().anyMatch(NameWords::isProper) ? Kind.PROPER : Kind.COMMON;
    }

    /** An electoral district: a place and 갑, 을, 병 or 정 as a noun of its own (관악 + 갑, 부천 + 병). */
    private static boolean isDistrict(String word, List<Morpheme> morphemes) {
        if (word.length() < 3 || "갑을병정".indexOf(word.charAt(word.length() - 1)) < 0 || morphemes.size() < 2) {
            return false;
        }
        Morpheme last = morphemes.getLast();
        return last.surface().length() == 1 && last.tag().isNoun()
                && morphemes.get(morphemes.size() - 2).tag().isNoun();
    }

    /**
     * The part of the head's own word before the head ({@code 부산국제} in {@code 부산국제영화제}): proper when the
     * tagger sees a proper noun in it, or cannot read it as common nouns at all ({@code 다보스} → 다/MAG 보스/NNG,
     * an unknown name taken apart).
     */
    Kind classifyPrefix(String prefix, List<Morpheme> morphemes) {
        if (prefix.isEmpty()) {
            return Kind.STOP;
        }
        Kind shape = classify(prefix, List.of());
        if (shape != Kind.COMMON) {
            return shape;
        }
        boolean unread = morphemes.stream().anyMatch(m -> m.tag().isModifier() || m.tag().isPredicate()
                || m.tag().isEnding());
        return unread || morphemes.stream().anyMatch(NameWords::isProper) ? Kind.PROPER : Kind.COMMON;
    }

    /** {@code 안철수 대선}: a person's name before a head is the candidate, not part of the event's name. */
    static boolean looksLikePersonName(String word, List<Morpheme> morphemes) {
        return word.length() == 3 && morphemes.size() == 1 && morphemes.getFirst().is(PosTag.NNP)
                && Surnames.isCommon(word.charAt(0)) && ORG_ENDINGS.indexOf(word.charAt(2)) < 0;
    }

    private static boolean isNounLike(Morpheme m) {
        return m.tag().isNoun() || m.is(PosTag.NR) || m.is(PosTag.SL) || m.is(PosTag.SN) || m.is(PosTag.SH)
                || m.is(PosTag.XSN);
    }

    private static boolean isProper(Morpheme m) {
        return m.is(PosTag.NNP) || m.is(PosTag.SL) || m.is(PosTag.SH);
    }
}
