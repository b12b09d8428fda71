package officialskg.extract.engine;

import officialskg.extract.Document;
import officialskg.extract.Mention;
import officialskg.extract.MentionType;
import officialskg.extract.Word;
import officialskg.extract.lexicon.Surnames;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One name, one reading per article: a Korean full name found as a person in one sentence ({@code 이날 행사에는 김원웅
 * 광복회장과 …}) is that person wherever else the article writes it as a word of its own ({@code 축사를 맡은 김원웅
 * 광복회장의 발언}), where the tagger alone did not see it. Without this the other sentences lose their relations
 * (the speech, the attendance) for want of a subject.
 *
 * <p>Only three-syllable Hangul names that start with a common surname qualify, found and
 * {@linkplain #anchored anchored} by a post or a reference: two-syllable ones are too often places or words (안산, 이상), and longer single words are
 * mostly compounds. A word qualifies when its stem (the word less a closing particle) is exactly the name and no
 * other mention covers it. Runs once on the merged list, over the whole document, after every extractor.
 */
final class RepeatedFullNames {

    static final String NAME = "full-name-repeat";
    /** The length of the names {@link Surnames#hasFullNameShape} admits: only a word this long repeats one. */
    private static final int SYLLABLES = 3;
    private static final double CONFIDENCE = 0.7;

    List<Mention> add(Document document, List<Mention> sorted) {
        Map<String, Double> names = new HashMap<>();
        Map<String, Integer> sightings = new HashMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            Mention m = sorted.get(i);
            if (m.type() == MentionType.PERSON && Surnames.hasFullNameShape(m.text())) {
                int seen = sightings.merge(m.text(), 1, Integer::sum);
                if (seen >= 2 || anchored(sorted, i)) {
                    names.merge(m.text(), m.confidence(), Math::max);
                }
            }
        }
        if (names.isEmpty()) {
            return sorted;
        }
        int[] text = document.codePoints();
        List<Mention> added = new ArrayList<>();
        for (Word w : document.words()) {
            if (w.stemEnd() - w.start() != SYLLABLES) {
                continue;
            }
            String stem = new String(text, w.start(), SYLLABLES);
            Double source = names.get(stem);
            if (source != null && !RepeatedNameParts.overlapsAny(sorted, w.start(), w.stemEnd())) {
                added.add(new Mention(w.start(), w.stemEnd(), stem, MentionType.PERSON, NAME,
                        Math.min(CONFIDENCE, source), null, null));
            }
        }
        return RepeatedNameParts.withAdded(sorted, added);
    }

    /**
     * Whether the person at {@code i} is known as one by more than the look of the name: a post written right after
     * it ({@code 김원웅 광복회장}, {@code 오주한 선수}) or a reference from the gazetteer (or, in {@link #add}, a second
     * sighting by the extractors). A thing the tagger took for a
     * person (a rocket, a district) is left where it was found instead of being spread over the article.
     */
    private static boolean anchored(List<Mention> sorted, int i) {
        Mention m = sorted.get(i);
        if (m.referenceId() != null) {
            return true;
        }
        for (int j = i + 1; j < sorted.size() && sorted.get(j).start() <= m.end() + 1; j++) {
            if (sorted.get(j).type() == MentionType.TITLE && sorted.get(j).start() >= m.end()) {
                return true;
            }
        }
        return false;
    }

}
