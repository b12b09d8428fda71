package officialskg.nlp;

import java.util.List;

/** A sentence of the analyzed text: code-point span, its text, and its morphemes (offsets into the whole text). */
public record Sentence(int start, int end, String text, List<Morpheme> morphemes) {

    public Sentence {
        morphemes = List.copyOf(morphemes);
    }
}
