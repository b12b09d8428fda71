package officialskg.nlp;

import java.util.List;

/** Splits Korean text into sentences and morphemes. Implementations are thread-safe. */
public interface KoreanAnalyzer {

    /** Sentences covering the text in order; every offset is a code point into {@code text}. */
    List<Sentence> analyze(String text);
}
