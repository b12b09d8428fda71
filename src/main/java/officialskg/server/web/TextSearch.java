package officialskg.server.web;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.Binding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Korean full-text search over the store's text index ({@code text:query}). A hit on an evidence sentence stands
 * for its relation, a hit on a mention for the entity it refers to; the rest (labels, articles) for themselves.
 */
final class TextSearch {

    /** One result: the resource, its label and kind, the best score and the text that matched. */
    record Hit(String iri, String label, String kind, double score, String matched) {
    }

    /** Characters with a meaning in Lucene's classic query syntax. */
    private static final Pattern SYNTAX = Pattern.compile("[+\\-&|!(){}\\[\\]^\"~*?:\\\\/']");
    private static final Set<String> OPERATORS = Set.of("AND", "OR", "NOT");

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
        query.setLiteral("q", luceneTerms(words));
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

    /**
     * The words of a request as plain Lucene terms: query syntax is never interpreted (an analyst types words, and
     * a stray backslash or a lone {@code AND} must not become a parse error), so syntax characters become spaces
     * and the operator words AND, OR, NOT are lower-cased, which the classic parser reads as terms.
     *
     * @throws IllegalArgumentException when nothing searchable is left
     */
    static String luceneTerms(String words) {
        StringBuilder terms = new StringBuilder();
        for (String word : SYNTAX.matcher(words).replaceAll(" ").strip().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            terms.append(terms.isEmpty() ? "" : " ")
                    .append(OPERATORS.contains(word) ? word.toLowerCase(Locale.ROOT) : word);
        }
        if (terms.isEmpty()) {
            throw new IllegalArgumentException("q has no words to search for (punctuation alone is not searched)");
        }
        return terms.toString();
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
