package officialskg.resolve;

import officialskg.extract.Mention;
import officialskg.extract.MentionType;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One article's entities, looked up by mention index, by id, or by a name one of their mentions wrote. */
public final class DocumentEntities {

    private final Analysis analysis;
    private final Entity[] byMention;
    private final Map<String, Entity> byId = new LinkedHashMap<>();

    public DocumentEntities(Analysis analysis) {
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

    public Optional<Entity> ofMention(int index) {
        return index >= 0 && index < byMention.length ? Optional.ofNullable(byMention[index]) : Optional.empty();
    }

    public Optional<Entity> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Mention mention(int index) {
        return analysis.mentions().get(index);
    }

    public int mentionCount() {
        return analysis.mentions().size();
    }

    /** The first entity of {@code type} whose label or one of whose mentions is {@code name} (spaces ignored). */
    public Optional<Entity> named(String name, MentionType type) {
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

    public List<Entity> all() {
        return List.copyOf(byId.values());
    }

    public static String compact(String text) {
        return text.replaceAll("\\s+", "");
    }
}
