package officialskg.extract;

import java.util.List;

/**
 * One small extractor. It reads a {@link Document} and proposes mentions; overlaps between extractors are settled
 * afterwards by one policy, so an extractor may propose overlapping candidates. Implementations are thread-safe.
 */
public interface MentionExtractor {

    /** Short stable name recorded as each mention's {@link Mention#extractor()}. */
    String name();

    List<Mention> extract(Document document);
}
