package officialskg.nlp;

/**
 * One morpheme from the analyzer, with code-point offsets into the analyzed text.
 *
 * @param surface the text as written ({@code text[start, end)})
 * @param tag     its part of speech: for an inflected form that Nori reports whole ({@code 열었다}, VV+EF), the
 *                tag of its first part
 * @param lastTag the tag of its last part: {@code tag} itself for a plain morpheme
 */
public record Morpheme(int start, int end, String surface, PosTag tag, PosTag lastTag) {

    /** A plain morpheme, one tag. */
    public Morpheme(int start, int end, String surface, PosTag tag) {
        this(start, end, surface, tag, tag);
    }

    /** From the tag as Nori writes it: {@code NNP}, or {@code VV+EC} for an inflected form ({@link #pos()}). */
    public Morpheme(int start, int end, String surface, String pos) {
        this(start, end, surface, PosTag.parse(first(pos)), PosTag.parse(last(pos)));
    }

    /** The tag as Nori writes it (NNP, JKS, SN, or VV+EC for an inflected form whose first and last parts differ). */
    public String pos() {
        return PosTag.written(tag, lastTag);
    }

    /** Whether this is one morpheme of part of speech {@code t} (not an inflected form that only starts with one). */
    public boolean is(PosTag t) {
        return tag == t && lastTag == t;
    }

    /** Whether its first or its last part is {@code t} ({@code ETM}: 만난, VV+ETM, as well as a lone ETM). */
    public boolean has(PosTag t) {
        return tag == t || lastTag == t;
    }

    private static String first(String pos) {
        int plus = pos.indexOf('+');
        return plus < 0 ? pos : pos.substring(0, plus);
    }

    private static String last(String pos) {
        int plus = pos.indexOf('+');
        return plus < 0 ? pos : pos.substring(plus + 1);
    }
}
