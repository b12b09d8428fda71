package officialskg.article;

/** A region of an article's cleaned text, in code points, end exclusive. */
public record TextSpan(int start, int end, Kind kind) {

    public enum Kind { PARAGRAPH, CAPTION }

    public TextSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }
}
