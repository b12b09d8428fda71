package officialskg.extract.eval;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an extraction says about one article, in the terms of the {@code kg extract} JSON Lines contract
 * (docs/architecture.md): its entities and its relations, each relation argument resolved from a mention index to the
 * mention's text and entity.
 */
public record PredictedGraph(String id, List<Entity> entities, List<Relation> relations) {

    /**
     * @param type     the contract's type: Person, Organization, Place, Event, Title, Date
     * @param mentions the texts of its mentions
     */
    public record Entity(String id, String type, String label, List<String> mentions) {
        public Entity {
            mentions = List.copyOf(mentions);
        }
    }

    /** @param args role → the argument (its mention's text and entity) */
    public record Relation(String type, Map<String, Arg> args) {
        public Relation {
            args = Map.copyOf(args);
        }
    }

    /** One relation argument: the mention's text and the entity it belongs to. */
    public record Arg(String entityId, String text) {
    }

    public PredictedGraph {
        entities = List.copyOf(entities);
        relations = List.copyOf(relations);
    }

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    /**
     * One document of the contract. A mention without an entity stands for an entity of its own ({@code
     * mention/<index>}, typed and labelled by the mention), so that every argument has an entity.
     */
    public static PredictedGraph fromContractJson(String line) {
        JsonNode doc = JSON.readTree(line);
        JsonNode mentionNodes = doc.path("mentions");
        List<String> texts = new ArrayList<>();
        List<String> entityOf = new ArrayList<>();
        Map<String, Entity> entities = new LinkedHashMap<>();
        for (int i = 0; i < mentionNodes.size(); i++) {
            JsonNode m = mentionNodes.get(i);
            texts.add(m.path("text").asString());
            JsonNode entity = m.get("entity");
            if (entity == null || entity.isNull()) {
                String id = "mention/" + i;
                entityOf.add(id);
                entities.put(id, new Entity(id, m.path("type").asString(), texts.get(i), List.of(texts.get(i))));
            } else {
                entityOf.add(entity.asString());
            }
        }
        for (JsonNode e : doc.path("entities")) {
            List<String> mentions = new ArrayList<>();
            for (JsonNode index : e.path("mentions")) {
                mentions.add(texts.get(mention(index.asInt(), texts.size())));
            }
            String id = e.path("id").asString();
            entities.put(id, new Entity(id, e.path("type").asString(), e.path("label").asString(), mentions));
        }
        List<Relation> relations = new ArrayList<>();
        for (JsonNode r : doc.path("relations")) {
            Map<String, Arg> args = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> arg : r.path("args").properties()) {
                int index = mention(arg.getValue().asInt(), texts.size());
                args.put(arg.getKey(), new Arg(entityOf.get(index), texts.get(index)));
            }
            relations.add(new Relation(r.path("type").asString(), args));
        }
        return new PredictedGraph(doc.path("id").asString(), List.copyOf(entities.values()), relations);
    }

    private static int mention(int index, int count) {
        if (index < 0 || index >= count) {
            throw new IllegalArgumentException("mention index " + index + " outside the " + count + " mentions");
        }
        return index;
    }
}
