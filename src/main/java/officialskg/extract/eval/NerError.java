package officialskg.extract.eval;

import officialskg.extract.MentionType;

/** One scoring error: a predicted span that is not gold (false positive) or a gold span not predicted. */
public record NerError(Kind kind, String sentenceId, MentionType type, int start, int end, String text) {

    public enum Kind { FALSE_POSITIVE, FALSE_NEGATIVE }

    String toLine() {
        return (kind == Kind.FALSE_POSITIVE ? "FP" : "FN") + "\t" + sentenceId + "\t" + type.label() + "\t["
                + start + ", " + end + ")\t" + text;
    }
}
