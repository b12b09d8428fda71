package officialskg.nlp;

import java.util.List;

/**
 * Splits Korean text into sentences and morphemes. Implementations are thread-safe. The packages that read Korean
 * ({@code extract}) depend on this interface; which analyzer runs (Lucene Nori, {@code nlp.nori}) is chosen where
 * the stages are put together ({@code pipeline}, {@code cli}).
 */
public interface KoreanAnalyzer {

    /** Sentences covering the text in order; every offset is a code point into {@code text}. */
    List<Sentence> analyze(String text);

    /**
     * Morphemes of {@code sentence} taken as one sentence (not split further), offsets shifted by {@code base} code
     * points.
     */
    List<Morpheme> morphemes(String sentence, int base);
}
