package officialskg.extract.eval;

import java.util.List;

/** One line of a KLUE-NER-style JSON Lines file: an id, the sentence text and its gold entities. */
public record KlueSentence(String id, String text, List<KlueEntity> entities) {

    public KlueSentence {
        entities = List.copyOf(entities);
    }
}
