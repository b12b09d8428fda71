package officialskg.resolve;

import officialskg.extract.Mention;
import officialskg.extract.Relation;

import java.util.List;

/** Everything derived from one text: its mentions, the entities grouping them, and the relations between them. */
public record Analysis(String text, List<Mention> mentions, List<Entity> entities, List<Relation> relations) {

    public Analysis {
        mentions = List.copyOf(mentions);
        entities = List.copyOf(entities);
        relations = List.copyOf(relations);
    }

    public static Analysis empty(String text) {
        return new Analysis(text, List.of(), List.of(), List.of());
    }
}
