package officialskg.extract;

import officialskg.nlp.Sentence;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/**
 * What extractors read: the analyzed text and the moment relative dates are resolved against.
 *
 * @param text      exactly the text all offsets index into
 * @param sentences the analyzer's sentences over {@code text}
 * @param reference the article's publication time (its zone is the article's local zone), when known
 * @param referenceTimeKnown whether the reference includes a time of day
 */
public record Document(String text, List<Sentence> sentences, Optional<ZonedDateTime> reference,
                       boolean referenceTimeKnown) {

    public Document {
        sentences = List.copyOf(sentences);
    }

    /** The code-point slice {@code text[start, end)}. */
    public String slice(int start, int end) {
        int from = text.offsetByCodePoints(0, start);
        int to = text.offsetByCodePoints(from, end - start);
        return text.substring(from, to);
    }
}
