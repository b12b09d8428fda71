package officialskg.nlp;

/**
 * One morpheme from the analyzer, with code-point offsets into the analyzed text.
 *
 * @param surface the text as written ({@code text[start, end)})
 * @param pos     the Sejong-style tag (NNP, NNG, JKS, SN, SL, ...), as Nori reports it
 */
public record Morpheme(int start, int end, String surface, String pos) {
}
