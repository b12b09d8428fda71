package officialskg.extract.title;

import officialskg.extract.Mention;
import officialskg.extract.MentionType;
import officialskg.extract.MorphemeIndex;
import officialskg.extract.Word;
import officialskg.nlp.PosTag;

import java.util.List;
import java.util.Set;

/**
 * Persons without a title, from the analyzer plus a cue: a three-syllable word the analyzer reads as ONE proper
 * noun, shaped like a Korean name (surname + two syllables, not a known place or organization), followed by a case
 * particle ({@code 김철수는}, {@code 김철수를}) or glossed with an age ({@code 김철수(45)}). Measured on KLUE-NER dev
 * this keeps person precision near 0.85 while adding a fifth of the recall; confidence is lower (0.6) than for
 * titled names. (Requiring a speech verb in the sentence as well cost more recall than it gained precision.)
 */
final class SpeakerNames {

    private static final Set<String> PARTICLES = Set.of("은", "는", "이", "가", "도", "와", "과", "에게", "의", "을", "를", "께서", "이다", "에게서");
    private final PersonNames names;

    SpeakerNames(PersonNames names) {
        this.names = names;
    }

    void find(int[] text, List<Word> words, MorphemeIndex morphemes, List<Mention> out) {
        for (Word w : words) {
            int stemEnd = w.stemEnd();
            if (stemEnd - w.start() != 3 || !morphemes.isSingle(w.start(), stemEnd, PosTag.NNP)
                    || !names.isKoreanName(text, w.start(), stemEnd, morphemes)) {
                continue;
            }
            String particle = new String(text, stemEnd, w.end() - stemEnd);
            boolean age = w.end() == stemEnd && w.end() + 1 < text.length && text[w.end()] == '('
                    && Character.isDigit(text[w.end() + 1]);
            if (age || PARTICLES.contains(particle)) {
                out.add(new Mention(w.start(), stemEnd, new String(text, w.start(), 3), MentionType.PERSON,
                        TitlePersonExtractor.NAME, 0.6, null, null));
            }
        }
    }
}
