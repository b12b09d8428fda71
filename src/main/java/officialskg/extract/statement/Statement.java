package officialskg.extract.statement;

import java.util.Objects;

/**
 * Something a person or a body is reported to have said, as one article writes it.
 *
 * @param mode          {@link Mode#DIRECT} for words inside quotation marks, {@link Mode#REPORTED} for indirect speech
 * @param speaker       index into the document's mention list of the person or organization the text names as the
 *                      speaker, or -1 when the text names none (the statement is kept, unattributed)
 * @param carried       whether the speaker was named in an earlier sentence (그는, or a sentence without a subject
 *                      that goes on from one whose subject is the speaker)
 * @param textStart     start of what was said (code points): inside the quotation marks, or the reported clause
 * @param textEnd       end of what was said (code points, exclusive)
 * @param text          the text of {@code [textStart, textEnd)}
 * @param cue           the speech verb or connective as written ({@code 말했다}, {@code 밝혔다}, {@code 라며})
 * @param date          index of a date mention the sentence states for the speaking (9일 기자회견에서), or -1
 * @param event         index of the event mention it was said at (○○ 회의에서), or -1
 * @param confidence    0..1
 * @param evidenceStart start of the evidence (the sentence, or the sentences a quotation spans), code points
 * @param evidenceEnd   end of the evidence, code points, exclusive
 */
public record Statement(Mode mode, int speaker, boolean carried, int textStart, int textEnd, String text, String cue,
                        int date, int event, double confidence, int evidenceStart, int evidenceEnd) {

    /** Quoted or reported. */
    public enum Mode {
        DIRECT("direct"), REPORTED("reported");

        private final String label;

        Mode(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public Statement {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(cue, "cue");
        if (textStart < 0 || textEnd <= textStart) {
            throw new IllegalArgumentException("bad statement span [" + textStart + ", " + textEnd + ")");
        }
        if (evidenceStart > textStart || evidenceEnd < textEnd) {
            throw new IllegalArgumentException("statement outside its evidence");
        }
    }

    public boolean attributed() {
        return speaker >= 0;
    }
}
