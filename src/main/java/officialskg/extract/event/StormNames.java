package officialskg.extract.event;

import officialskg.extract.lexicon.WordLists;
import officialskg.nlp.CodePointIndex;
import officialskg.nlp.Morpheme;
import officialskg.nlp.PosTag;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Storms named after their kind ({@code 태풍 볼라벤}, {@code 허리케인 카트리나}): the kind word ({@code storm-words.txt})
 * and the name after it are one event, a disaster with a name. The name is a word of its own that the analyzer does
 * not read as one dictionary noun: {@code 태풍 피해}, {@code 태풍 경보} name nothing. The kind words come first, so the
 * head-last rule of {@link HeadedNames} cannot find these.
 */
final class StormNames {

    private static final double NAMED_STORM = 0.8;

    private final Pattern storm;

    StormNames() {
        List<String> kinds = WordLists.lines(StormNames.class, "storm-words.txt").stream().map(Pattern::quote)
                .toList();
        this.storm = Pattern.compile("(?<![가-힣])(?:" + String.join("|", kinds) + ")\\s([가-힣]{2,5}?)(?="
                + HeadedNames.JOSA + "?(?![가-힣]))");
    }

    /**
     * Whether the analyzer read the word as ordinary vocabulary: dictionary nouns of two syllables or more (태풍 피해,
     * 태풍 예방단계) or a noun with a bound noun or suffix (태풍 때문, 태풍 영향권). An unknown name comes out as a proper
     * noun or as one-syllable pieces.
     */
    private static boolean readAsCommonWords(List<Morpheme> name) {
        if (name.isEmpty()) {
            return true;
        }
        boolean bound = false;
        for (Morpheme m : name) {
            if (m.is(PosTag.NNB) || m.is(PosTag.XSN)) {
                bound = true;
            } else if (!m.is(PosTag.NNG) || m.end() - m.start() < 2) {
                return false;
            }
        }
        return bound || name.stream().allMatch(m -> m.is(PosTag.NNG));
    }

    void find(String text, CodePointIndex cps, MorphemeIndex morphemes, List<EventCandidate> out) {
        Matcher m = storm.matcher(text);
        while (m.find()) {
            List<Morpheme> name = morphemes.overlapping(cps.at(m.start(1)), cps.at(m.end(1)));
            if (!readAsCommonWords(name)) {
                out.add(new EventCandidate(m.start(), m.end(1), NAMED_STORM));
            }
        }
    }
}
