package officialskg.server.web;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.lucene.queryparser.classic.QueryParser;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Korean full-text search over the store's text index ({@code text:query}). A hit on an evidence sentence stands
 * for its relation, a hit on a mention for the entity it refers to; the rest (labels, articles) for themselves.
 */
final class TextSearch {

    /** One result: the resource, its label and kind, the best score and the text that matched. */
    record Hit(String iri, String label, String kind, double score, String matched) {
    }

    private final GraphView view;

    TextSearch(GraphView view) {
        this.view = view;
    }

    List<Hit> search(String words, int limit) {
        var query = GraphView.parameterized("""
                SELECT ?thing ?score ?matched ?kind ?label WHERE {
                  (?hit ?score ?matched) text:query (?q ?max) .
                  OPTIONAL { ?rel kg:evidence ?hit }
                  OPTIONAL { ?hit kg:refersTo ?ent }
                  BIND(COALESCE(?rel, ?ent, ?hit) AS ?thing)
                  OPTIONAL { ?thing kg:relationType ?kind }
                  OPTIONAL { ?thing skos:prefLabel|schema:headline ?label }
                } ORDER BY DESC(?score)""");
        // Lucene syntax characters in the request are searched for literally, never interpreted.
        query.setLiteral("q", QueryParser.escape(words));
        query.setLiteral("max", 200);
        Map<String, Hit> hits = new LinkedHashMap<>();
        for (Binding row : view.selectQuery(query)) {
            String thing = row.get(GraphView.var("thing")).getURI();
            if (hits.containsKey(thing) || hits.size() >= limit) {
                continue;
            }
            String kind = GraphView.lexical(row, "kind");
            String label = GraphView.lexical(row, "label");
            if (kind != null) {
                label = relationLabel(thing, kind);
            } else {
                kind = view.types(thing).stream().map(t -> GraphView.local(GraphView.iri(t))).findFirst().orElse("");
            }
            hits.put(thing, new Hit(thing, label == null ? thing : label, kind,
                    Double.parseDouble(GraphView.lexical(row, "score")), GraphView.lexical(row, "matched")));
        }
        return new ArrayList<>(hits.values());
    }

    /** {@code holdsPosition: 오세훈 · 시장 · 서울특별시}: the relation type and its participants' labels. */
    private String relationLabel(String relation, String type) {
        List<String> parts = new ArrayList<>();
        for (Binding b : view.select("""
                SELECT ?l WHERE { ?r ?p ?x . ?x skos:prefLabel ?l . FILTER(?p NOT IN (kg:evidence, prov:wasDerivedFrom)) }
                ORDER BY ?p""", Map.of("r", relation))) {
            Node l = b.get(GraphView.var("l"));
            parts.add(l.getLiteralLexicalForm());
        }
        return type + ": " + String.join(" · ", parts);
    }
}
