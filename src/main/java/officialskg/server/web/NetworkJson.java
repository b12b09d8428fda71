package officialskg.server.web;

import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The relation network of one entity as cytoscape elements: the entity, the other participants of its relations
 * (one edge per relation type and neighbour, weighted by how often) and its most co-mentioned entities.
 */
final class NetworkJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private NetworkJson() {
    }

    static String of(String iri, String label, List<GraphView.Fact> facts, List<GraphView.Neighbour> coMentioned) {
        return JSON.writeValueAsString(elements(iri, label, facts, coMentioned));
    }

    static List<Map<String, Object>> elements(String iri, String label, List<GraphView.Fact> facts,
                                              List<GraphView.Neighbour> coMentioned) {
        Map<String, Map<String, Object>> nodes = new LinkedHashMap<>();
        Map<String, Map<String, Object>> edges = new LinkedHashMap<>();
        nodes.put(iri, node(iri, label == null ? iri : label, "center"));
        for (GraphView.Fact fact : facts) {
            for (GraphView.Participant p : fact.others()) {
                nodes.putIfAbsent(p.iri(), node(p.iri(), p.label() == null ? p.iri() : p.label(), p.role()));
                edge(edges, iri, p.iri(), fact.type());
            }
        }
        for (GraphView.Neighbour n : coMentioned) {
            nodes.putIfAbsent(n.iri(), node(n.iri(), n.label(), n.type()));
            edge(edges, iri, n.iri(), "co-mentioned").put("weight", n.articles());
        }
        List<Map<String, Object>> elements = new ArrayList<>();
        nodes.values().forEach(n -> elements.add(Map.of("group", "nodes", "data", n)));
        edges.values().forEach(e -> elements.add(Map.of("group", "edges", "data", e)));
        return elements;
    }

    private static Map<String, Object> node(String iri, String label, String kind) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", iri);
        data.put("label", label);
        data.put("kind", kind == null ? "" : kind);
        return data;
    }

    private static Map<String, Object> edge(Map<String, Map<String, Object>> edges, String from, String to,
                                            String type) {
        String id = from + " " + type + " " + to;
        Map<String, Object> edge = edges.computeIfAbsent(id, k -> {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("id", k);
            data.put("source", from);
            data.put("target", to);
            data.put("label", type);
            data.put("weight", 0);
            return data;
        });
        edge.put("weight", (Integer) edge.get("weight") + 1);
        return edge;
    }
}
