package officialskg.resolve;

import officialskg.extract.Mention;
import officialskg.extract.Relation;
import officialskg.extract.statement.Statement;

import java.util.List;

/**
 * Everything derived from one text: its mentions, the entities grouping them, the relations between them, and the
 * statements attributed to them.
 */
public record Analysis(String text, List<Mention> mentions, List<Entity> entities, List<Relation> relations,
                       List<Statement> statements) {

    public Analysis {
        mentions = List.copyOf(mentions);
        entities = List.copyOf(entities);
        relations = List.copyOf(relations);
        statements = List.copyOf(statements);
    }

    /** Without statements. */
    public Analysis(String text, List<Mention> mentions, List<Entity> entities, List<Relation> relations) {
        this(text, mentions, entities, relations, List.of());
    }

    /** The same analysis with other entities (same mentions, relations and statements). */
    public Analysis withEntities(List<Entity> replaced) {
        return new Analysis(text, mentions, replaced, relations, statements);
    }

    public static Analysis empty(String text) {
        return new Analysis(text, List.of(), List.of(), List.of(), List.of());
    }
}
