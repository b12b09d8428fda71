package officialskg.server.web;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
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

    /**
     * One result: the resource, its label and kind, its full-text score (0 when found by a lookup alone), the text
     * that matched and why it is where it is ({@link SearchRanking.Match}, lower-case).
     */
    record Hit(String iri, String label, String kind, double score, String matched, String match) {

        Hit withMatch(SearchRanking.Match match) {
            return new Hit(iri, label, kind, score, matched, match.name().toLowerCase(Locale.ROOT));
        }

        Hit withLabel(String label) {
            return new Hit(iri, label, kind, score, matched, match);
        }
    }

    /** Characters with a meaning in Lucene's classic query syntax. */
    private static final Pattern SYNTAX = Pattern.compile("[+\\-&|!(){}\\[\\]^\"~*?:\\\\/']");
    private static final Set<String> OPERATORS = Set.of("AND", "OR", "NOT");
    /** Full-text hits read before ranking: enough for the named entities among them to be lifted. */
    private static final int TEXT_HITS = 200;

    private final GraphView view;

    TextSearch(GraphView view) {
        this.view = view;
    }

    /** The ranked results for {@code words} ({@link SearchRanking}): exact names and post-holders before text. */
    List<Hit> search(String words, int limit) {
        String terms = luceneTerms(words);
        List<String> forms = SearchRanking.forms(words);
        List<Hit> ranked = SearchRanking.rank(words, exactLabels(forms), postHolders(forms), posts(forms),
                textHits(terms), limit);
        // Relations are labelled by their participants, looked up only for the relations shown.
        return ranked.stream().map(h -> h.label() == null ? h.withLabel(relationLabel(h.iri(), h.kind())) : h)
                .toList();
    }

    /** People, organizations, places and events whose label or alias is one of {@code forms}, most articles first. */
    private List<Hit> exactLabels(List<String> forms) {
        var query = GraphView.parameterized("""
                SELECT ?e ?label ?type ?written (COUNT(DISTINCT ?a) AS ?n) WHERE {
                  { ?e skos:prefLabel|skos:altLabel ?q1 BIND(?q1 AS ?written) }
                  UNION { ?e skos:prefLabel|skos:altLabel ?q2 BIND(?q2 AS ?written) }
                  ?e a ?type ; skos:prefLabel ?label .
                  VALUES ?type { schema:Person schema:Organization schema:Place schema:Event }
                  OPTIONAL { ?a kg:mentions ?e }
                } GROUP BY ?e ?label ?type ?written ORDER BY DESC(?n) ?e LIMIT 50""");
        return hits(query, forms, "e", "written");
    }

    /**
     * People holding a post the query names: a post one of whose tenures wrote the title as the query (서울시장,
     * also 서울특별시장 for the same post), or whose label is the query (서울특별시 시장); every holder of that post,
     * the most reported first, then the most recently reported.
     */
    private List<Hit> postHolders(List<String> forms) {
        var query = GraphView.parameterized("""
                SELECT ?e ?label ?type ?written (COUNT(DISTINCT ?a) AS ?n) (MAX(?on) AS ?last) WHERE {
                  { SELECT DISTINCT ?post WHERE {
                      { ?t0 kg:titleAsWritten ?q1 ; kg:post ?post } UNION { ?t0 kg:titleAsWritten ?q2 ; kg:post ?post }
                      UNION { ?post a org:Post ; skos:prefLabel ?q1 } UNION { ?post a org:Post ; skos:prefLabel ?q2 }
                  } }
                  ?post skos:prefLabel ?written .
                  ?t kg:post ?post ; org:member ?e ; prov:wasDerivedFrom ?a .
                  OPTIONAL { ?t kg:reportedOn ?on }
                  ?e a schema:Person ; skos:prefLabel ?label .
                  BIND(schema:Person AS ?type)
                } GROUP BY ?e ?label ?type ?written ORDER BY DESC(?n) DESC(?last) ?e LIMIT 100""");
        return hits(query, forms, "e", "written");
    }

    /** The posts and titles the query names (as their label, alias or a title as written). */
    private List<Hit> posts(List<String> forms) {
        var query = GraphView.parameterized("""
                SELECT ?e ?label ?type ?written (COUNT(DISTINCT ?t) AS ?n) WHERE {
                  { ?e skos:prefLabel|skos:altLabel ?q1 BIND(?q1 AS ?written) }
                  UNION { ?e skos:prefLabel|skos:altLabel ?q2 BIND(?q2 AS ?written) }
                  UNION { ?t0 kg:titleAsWritten ?q1 ; kg:post ?e BIND(?q1 AS ?written) }
                  UNION { ?t0 kg:titleAsWritten ?q2 ; kg:post ?e BIND(?q2 AS ?written) }
                  ?e a ?type ; skos:prefLabel ?label .
                  VALUES ?type { org:Post kg:Title }
                  OPTIONAL { ?t kg:post|org:role ?e }
                } GROUP BY ?e ?label ?type ?written ORDER BY DESC(?n) ?e LIMIT 50""");
        return hits(query, forms, "e", "written");
    }

    /** The entity type among several (a person typed also as an agent is a Person), else any, stably. */
    static String kindOf(List<String> types) {
        List<String> kinds = types.stream().map(t -> GraphView.local(GraphView.iri(t))).sorted().toList();
        return kinds.stream().filter(k -> List.of("Person", "Organization", "Place", "Event").contains(k))
                .findFirst().orElse(kinds.isEmpty() ? "" : kinds.getFirst());
    }

    /** One hit per resource (its first row), for the lookup queries above, with ?q1 and ?q2 the query's forms. */
    private List<Hit> hits(org.apache.jena.query.ParameterizedSparqlString query, List<String> forms, String var,
                           String matched) {
        Map<String, Hit> hits = new LinkedHashMap<>();
        var values = Map.of("q1", NodeFactory.createLiteralString(forms.getFirst()),
                "q2", NodeFactory.createLiteralString(forms.getLast()));
        for (Binding row : view.selectQuery(query, values)) {
            String iri = row.get(GraphView.var(var)).getURI();
            hits.putIfAbsent(iri, new Hit(iri, GraphView.lexical(row, "label"),
                    GraphView.local(row.get(GraphView.var("type"))), 0, GraphView.lexical(row, matched), null));
        }
        return List.copyOf(hits.values());
    }

    /** Full-text hits, best score first: an evidence sentence stands for its relation, a mention for its entity. */
    private List<Hit> textHits(String terms) {
        var query = GraphView.parameterized("""
                SELECT ?thing ?score ?matched ?kind ?label WHERE {
                  (?hit ?score ?matched) text:query (?q ?max) .
                  OPTIONAL { ?rel kg:evidence ?hit }
                  OPTIONAL { ?hit kg:refersTo ?ent }
                  BIND(COALESCE(?rel, ?ent, ?hit) AS ?thing)
                  OPTIONAL { ?thing kg:relationType ?kind }
                  OPTIONAL { ?thing skos:prefLabel|schema:headline ?label }
                } ORDER BY DESC(?score)""");
        query.setLiteral("q", terms);
        query.setLiteral("max", TEXT_HITS);
        Map<String, Hit> hits = new LinkedHashMap<>();
        for (Binding row : view.selectQuery(query)) {
            String thing = row.get(GraphView.var("thing")).getURI();
            if (hits.containsKey(thing)) {
                continue;
            }
            String kind = GraphView.lexical(row, "kind");
            String label = GraphView.lexical(row, "label");
            if (kind == null) {
                kind = kindOf(view.types(thing));
                label = label == null ? thing : label;
            } else {
                label = null;
            }
            hits.put(thing, new Hit(thing, label, kind, Double.parseDouble(GraphView.lexical(row, "score")),
                    GraphView.lexical(row, "matched"), null));
        }
        return List.copyOf(hits.values());
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
