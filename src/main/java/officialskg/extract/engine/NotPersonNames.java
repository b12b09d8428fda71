package officialskg.extract.engine;

import officialskg.extract.Document;
import officialskg.extract.Mention;
import officialskg.extract.MentionType;
import officialskg.extract.lexicon.Surnames;
import officialskg.extract.lexicon.WordLists;
import officialskg.extract.title.TitleLexicon;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Drops Person candidates that cannot be a name: a single Latin letter ({@code K} of {@code K-컬쳐}; but
 * {@code A씨}, {@code A 씨}, {@code A(23)씨} stand for anonymized people and stay) and common
 * loanword nouns of news writing ({@code 로드맵}, {@code 플랫폼}: {@code not-person-words.txt} beside this class),
 * which the statistical tagger sometimes reads as foreign names because they look like transliterations; and a
 * post word alone ({@code 두 원내대표와}: 원내대표 is whoever holds it, named elsewhere or not). Runs on
 * the candidates, before the {@link MentionMerger}, so another reading of the same span can still win.
 */
final class NotPersonNames {

    private static final String RESOURCE = "not-person-words.txt";

    private final Set<String> words = WordLists.set(NotPersonNames.class, RESOURCE);
    /** A post alone (원내대표, 국무총리) is nobody's name, and no body when the tagger reads it as one. */
    private final TitleLexicon titles = new TitleLexicon();
    private static final String TAGGER = "tagger";

    List<Mention> filter(Document document, List<Mention> candidates) {
        List<Mention> out = new ArrayList<>(candidates.size());
        // a news article introduces the people it names (a post, a bracket, a full name); a lone sentence cannot
        boolean article = document.sentences().size() >= ARTICLE_SENTENCES;
        Set<String> vouched = new HashSet<>();
        for (Mention m : candidates) {
            String name = m.text().strip();
            boolean otherExtractor = !m.extractor().startsWith(TAGGER);
            if (m.type() == MentionType.PERSON && (otherExtractor || name.indexOf(' ') > 0)) {
                // 트럼프 대통령 (a post), 도널드 트럼프 (the gazetteer); 블라디미르 푸틴 … 푸틴은 (the last part)
                vouched.add(name.substring(name.lastIndexOf(' ') + 1));
                if (otherExtractor) {
                    vouched.add(name);
                }
            }
        }
        for (Mention m : candidates) {
            boolean postWord = titles.role(m.text().strip()) != null && (m.type() == MentionType.PERSON
                    || m.type() == MentionType.ORGANIZATION && m.extractor().startsWith(TAGGER));
            if (!postWord && (m.type() != MentionType.PERSON || !notAName(document, m)
                    && !(article && unanchoredWord(document, m, vouched)))) {
                out.add(m);
            }
        }
        return out;
    }

    /**
     * In an article (three sentences or more), a single Hangul word the tagger alone reads as a person, that has
     * not a Korean full name's shape and that nothing in the article backs as one: no post, honorific or bracket after it anywhere ({@code 크루스 감독},
     * {@code 안산(20·광주여대)}), no longer name ending in it, no other extractor finding it. Such words are mostly
     * things, groups and common nouns ({@code 사드}, {@code 누리로}, {@code 대응조치}, {@code 스키점프}).
     */
    private boolean unanchoredWord(Document document, Mention m, Set<String> vouched) {
        String word = m.text().strip();
        if (!m.extractor().startsWith(TAGGER) || m.referenceId() != null || word.length() < 2
                || !word.chars().allMatch(c -> c >= '가' && c <= '힣') || Surnames.hasFullNameShape(word)
                || vouched.contains(word)) {
            return false;
        }
        if (ROYAL_ENDINGS.stream().anyMatch(word::endsWith)) {
            return false; // 세종대왕, 명성황후: a ruler's name with the title glued to it
        }
        String text = document.text();
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            int end = at + word.length();
            if (anchoredAfter(text, end) || postBefore(text, at)
                    || end < text.length() && text.charAt(end) == ' ' && anchoredAfter(text, wordEnd(text, end + 1))) {
                return false; // 장이머우 영화 감독: a post one noun later
            }
        }
        return true;
    }

    /** Titles glued to the name of a ruler or royal: 세종대왕, 광개토대왕, 명성황후. */
    private static final List<String> ROYAL_ENDINGS = List.of("대왕", "황후", "왕후", "대군", "황제", "왕비", "태후");

    /** Where the Hangul word starting at {@code from} ends. */
    private static int wordEnd(String text, int from) {
        int to = from;
        while (to < text.length() && text.charAt(to) >= '가' && text.charAt(to) <= '힣') {
            to++;
        }
        return to;
    }

    /** Whether the word before a name at {@code start} is or ends in a post: 축구선수 호나우두, 감독 장이머우. */
    private boolean postBefore(String text, int start) {
        if (start < 2 || text.charAt(start - 1) != ' ') {
            return false;
        }
        int from = start - 1;
        while (from > 0 && text.charAt(from - 1) >= '가' && text.charAt(from - 1) <= '힣') {
            from--;
        }
        int[] previous = text.substring(from, start - 1).codePoints().toArray();
        return titles.longestTitleEndingAt(previous, 0, previous.length) >= 2;
    }

    /** Whether a post, an honorific or a bracket follows a name ending at {@code end}. */
    private boolean anchoredAfter(String text, int end) {
        if (end < text.length() && text.charAt(end) == '(') {
            return true; // 안산(20·광주여대)
        }
        int from = end < text.length() && text.charAt(end) == ' ' ? end + 1 : end;
        int to = from;
        while (to < text.length() && to - from < 8 && text.charAt(to) >= '가' && text.charAt(to) <= '힣') {
            to++;
        }
        String next = text.substring(from, to);
        for (int k = next.length(); k >= 1; k--) {
            String head = next.substring(0, k);
            if (HONORIFICS.contains(head) || k >= 2 && titles.role(head) != null) {
                return true;
            }
        }
        return false;
    }

    /** Sentences from which a text is an article whose people are introduced somewhere in it. */
    private static final int ARTICLE_SENTENCES = 3;

    /** Honorifics written right after a name: 씨, 군, 양, 옹, 여사. */
    private static final Set<String> HONORIFICS = Set.of("씨", "군", "양", "옹", "여사");

    private boolean notAName(Document document, Mention m) {
        String word = m.text().strip();
        boolean oneLatinLetter = word.codePointCount(0, word.length()) == 1
                && Character.UnicodeScript.of(word.codePointAt(0)) == Character.UnicodeScript.LATIN;
        if (oneLatinLetter) {
            // An anonymized person is a letter with an honorific or an age: A씨, B양, A(23·여)씨. K-컬쳐 is not.
            String text = document.text();
            int after = text.offsetByCodePoints(0, m.end());
            while (after < text.length() && text.charAt(after) == ' ') {
                after++; // A 씨
            }
            return after >= text.length() || ANONYMIZED_NEXT.indexOf(text.charAt(after)) < 0;
        }
        return words.contains(word);
    }

    /** What follows a letter standing for a person's name: an honorific (씨, 양, 군, 모) or an age in brackets. */
    private static final String ANONYMIZED_NEXT = "씨양군모(";
}
