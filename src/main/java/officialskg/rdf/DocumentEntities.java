package officialskg.rdf;

import officialskg.extract.Mention;
import officialskg.extract.MentionType;
import officialskg.resolve.Analysis;
import officialskg.resolve.Entity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One article's entities, looked up by mention index, by id, or by a name one of their mentions wrote. */
final class DocumentEntities {

    private final Analysis analysis;
    private final Entity[] byMention;
    private final Map<String, Entity> byId = new LinkedHashMap<>();

    DocumentEntities(Analysis analysis) {
        this.analysis = analysis;
        this.byMention = new Entity[analysis.mentions().size()];
        for (Entity entity : analysis.entities()) {
            byId.putIfAbsent(entity.id(), entity);
            for (int index : entity.mentions()) {
                if (index >= 0 && index < byMention.length && byMention[index] == null) {
                    byMention[index] = entity;
                }
            }
        }
    }

    Optional<Entity> ofMention(int index) {
        return index >= 0 && index < byMention.length ? Optional.ofNullable(byMention[index]) : Optional.empty();
    }

    Optional<Entity> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    Mention mention(int index) {
        return analysis.mentions().get(index);
    }

    /** The first entity of {@code type} whose label or one of whose mentions is {@code name} (spaces ignored). */
    Optional<Entity> named(String name, MentionType type) {
        String wanted = compact(name);
        for (Entity entity : byId.values()) {
            if (entity.type() != type) {
                continue;
            }
            if (compact(entity.label()).equals(wanted)) {
                return Optional.of(entity);
            }
            for (int index : entity.mentions()) {
                if (compact(mention(index).text()).equals(wanted)) {
                    return Optional.of(entity);
                }
            }
        }
        return Optional.empty();
    }

    List<Entity> all() {
        return List.copyOf(byId.values());
    }

    static String compact(String text) {
        return text.replaceAll("\\s+", "");
    }
}
