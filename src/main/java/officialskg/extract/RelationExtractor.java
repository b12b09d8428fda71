package officialskg.extract;

import java.util.List;

/** Finds relations between the mentions of one document. Implementations are thread-safe. */
public interface RelationExtractor {

    /** @param mentions the document's final mention list; relation args index into it */
    List<Relation> extract(Document document, List<Mention> mentions);

    /** Finds nothing: for runs that want mentions only. */
    RelationExtractor NONE = (document, mentions) -> List.of();
}
