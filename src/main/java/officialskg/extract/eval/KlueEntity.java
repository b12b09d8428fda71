package officialskg.extract.eval;

/**
 * One gold entity of a KLUE-style sentence: code points {@code [start, end)} of the sentence text.
 *
 * @param type the KLUE tag: PS, OG, LC, DT, TI or QT
 */
public record KlueEntity(int start, int end, String type, String text) {
}
