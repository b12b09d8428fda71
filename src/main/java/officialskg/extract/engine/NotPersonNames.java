package officialskg.extract.engine;

import officialskg.extract.Document;
import officialskg.extract.Mention;
import officialskg.extract.MentionType;
import officialskg.extract.lexicon.WordLists;
import officialskg.extract.title.TitleLexicon;

import java.util.ArrayList;
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
        for (Mention m : candidates) {
            boolean postWord = titles.role(m.text().strip()) != null && (m.type() == MentionType.PERSON
                    || m.type() == MentionType.ORGANIZATION && m.extractor().startsWith(TAGGER));
            if (!postWord && (m.type() != MentionType.PERSON || !notAName(document, m))) {
                out.add(m);
            }
        }
        return out;
    }

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
