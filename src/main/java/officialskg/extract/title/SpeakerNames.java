package officialskg.extract.title;

import officialskg.extract.Mention;
import officialskg.extract.MentionType;
import officialskg.extract.MorphemeIndex;
import officialskg.extract.Word;

import java.util.List;
import java.util.Set;

/**
 * Persons without a title, from the analyzer plus a person cue: a three-syllable word the analyzer reads as one
 * proper noun, shaped like a Korean name, followed by a subject or topic particle, in a sentence that goes on
 * with a speech or action verb of people ({@code 김철수는 … 말했다}), or glossed with an age ({@code 김철수(45)}).
 * Confidence is lower (0.6) than for titled names.
 */
final class SpeakerNames {

    private static final Set<String> SUBJECT_PARTICLES = Set.of("은", "는", "이", "가", "도", "와", "과", "에게", "의");
    private static final List<String> PERSON_VERBS = List.of("말했", "밝혔", "전했", "덧붙였", "강조했", "설명했",
            "주장했", "지적했", "물었", "답했", "웃었", "말한", "했다고", "출연", "열연", "득점", "우승", "데뷔",
            "결혼", "사망", "체포", "기소", "선고", "고백", "참석했", "방문했", "만났");
    private static final int WINDOW = 80;

    private final PersonNames names;

    SpeakerNames(PersonNames names) {
        this.names = names;
    }

    void find(int[] text, List<Word> words, MorphemeIndex morphemes, List<Mention> out) {
        for (Word w : words) {
            int stemEnd = w.stemEnd(text);
            if (stemEnd - w.start() != 3 || !morphemes.isSingle(w.start(), stemEnd, "NNP")
                    || !names.isKoreanName(text, w.start(), stemEnd, morphemes)) {
                continue;
            }
            String particle = new String(text, stemEnd, w.end() - stemEnd);
            boolean age = w.end() == stemEnd && w.end() + 1 < text.length && text[w.end()] == '('
                    && Character.isDigit(text[w.end() + 1]);
            if (age || SUBJECT_PARTICLES.contains(particle) && personVerbFollows(text, w.end())) {
                out.add(new Mention(w.start(), stemEnd, new String(text, w.start(), 3), MentionType.PERSON,
                        TitlePersonExtractor.NAME, 0.6, null, null));
            }
        }
    }

    private static boolean personVerbFollows(int[] text, int from) {
        int end = Math.min(text.length, from + WINDOW);
        for (int i = from; i < end; i++) {
            if (text[i] == '\n' || text[i] == '.') {
                end = i;
                break;
            }
        }
        String rest = new String(text, from, end - from);
        return PERSON_VERBS.stream().anyMatch(rest::contains);
    }
}
