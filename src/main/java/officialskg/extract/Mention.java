package officialskg.extract;

import java.util.Objects;

/**
 * A stretch of text that names something: {@code [start, end)} in code points of the analyzed text.
 *
 * @param extractor  which extractor found it (for provenance and for the overlap policy)
 * @param confidence 0..1
 * @param normalized a normalized value where the type has one: an ISO date/period for {@code Date}
 *                   ({@code 2024-01-08}, {@code 2024-03}, {@code 2023}), a normalized role for {@code Title}
 *                   ({@code 시장}); else {@code null}
 * @param referenceId the gazetteer id this mention was matched to (e.g. {@code kostat:11}, {@code wd:Q10855142}), or
 *                   {@code null}
 */
public record Mention(int start, int end, String text, MentionType type, String extractor, double confidence,
                      String normalized, String referenceId) {

    public Mention {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad mention span [" + start + ", " + end + ") for " + text);
        }
        if (text.codePointCount(0, text.length()) != end - start) {
            throw new IllegalArgumentException("mention text length differs from its span: " + text);
        }
    }

    public int length() {
        return end - start;
    }

    public boolean overlaps(Mention other) {
        return start < other.end && other.start < end;
    }
}
