package officialskg.server.web;

import officialskg.vocab.Prefixes;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Read-only views of one resource for the pages and the API. Every query is a fixed text whose variables are bound
 * with {@link ParameterizedSparqlString}: request input never becomes query text.
 */
final class GraphView {

    private static final String PREFIXES;

    static {
        StringBuilder p = new StringBuilder("PREFIX text: <http://jena.apache.org/text#>\n");
        Prefixes.STANDARD.forEach((prefix, ns) -> p.append("PREFIX ").append(prefix).append(": <").append(ns)
                .append(">\n"));
        PREFIXES = p.toString();
    }

    /** A participant of a relation other than the resource viewed. */
    record Participant(String role, String iri, String label) {
    }

    /** One relation the resource takes part in, with its source article. */
    record Fact(String iri, String type, String role, String status, String article, String date, String headline,
                String evidence, List<Participant> others) {
    }

    record Neighbour(String iri, String label, String type, int articles) {
    }

    record ArticleRef(String iri, String date, String headline) {
    }

    private final DatasetGraph dataset;

    GraphView(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    /** Outgoing triples, and the relations pointing at the resource with their own triples; empty when unknown. */
    Graph describe(String iri) {
        var query = parameterized("""
                CONSTRUCT { ?s ?p ?o . ?r ?q ?s . ?r ?rp ?ro } WHERE {
                  { ?s ?p ?o } UNION { ?r ?q ?s . ?r a kg:Relation . ?r ?rp ?ro }
                }""");
        query.setIri("s", iri);
        return Txn.calculateRead(dataset, () -> QueryExec.dataset(dataset).query(query.asQuery()).construct());
    }

    String label(String iri) {
        var rows = select("""
                SELECT ?l WHERE { { ?s skos:prefLabel ?l } UNION { ?s schema:headline ?l } UNION { ?s schema:name ?l }
                } LIMIT 1""", Map.of("s", iri));
        return rows.isEmpty() ? null : rows.getFirst().get(var("l")).getLiteralLexicalForm();
    }

    List<String> types(String iri) {
        return select("SELECT DISTINCT ?t WHERE { ?s a ?t }", Map.of("s", iri)).stream()
                .map(b -> b.get(var("t"))).filter(Node::isURI).map(Node::getURI).toList();
    }

    /** The relations the resource is a participant of, oldest article first. */
    List<Fact> facts(String iri) {
        var rows = select("""
                SELECT ?r ?type ?role ?status ?article ?date ?headline ?evidence ?other ?otherRole ?otherLabel WHERE {
                  ?r a kg:Relation ; kg:relationType ?type ; ?role ?e ; prov:wasDerivedFrom ?article .
                  FILTER(?role NOT IN (rdf:subject, rdf:object)) # the statement view repeats the contract's roles
                  OPTIONAL { ?r kg:status ?status }
                  OPTIONAL { ?article schema:datePublished ?date }
                  OPTIONAL { ?article schema:headline ?headline }
                  OPTIONAL { ?r kg:evidence/kg:evidenceText ?evidence }
                  OPTIONAL {
                    # the relation's own roles, and the organization of a post (kept on the tenure it stands for)
                    { ?r ?otherRole ?other .
                      FILTER(isIRI(?other) && ?other != ?e
                             && ?otherRole NOT IN (kg:evidence, kg:tenure, kg:meeting, prov:wasDerivedFrom,
                                                   prov:wasGeneratedBy, rdf:type, rdf:subject, rdf:predicate,
                                                   rdf:object)) }
                    UNION
                    { ?r kg:tenure/org:organization ?other . BIND(kg:organization AS ?otherRole) }
                    OPTIONAL { ?other skos:prefLabel ?otherLabel } }
                } ORDER BY ?date ?r LIMIT 3000""", Map.of("e", iri));
        Map<String, Fact> facts = new LinkedHashMap<>();
        for (Binding row : rows) {
            String r = row.get(var("r")).getURI();
            Fact fact = facts.computeIfAbsent(r, k -> new Fact(k, lexical(row, "type"), local(row.get(var("role"))),
                    lexical(row, "status"), row.get(var("article")).getURI(), lexical(row, "date"),
                    lexical(row, "headline"), lexical(row, "evidence"), new ArrayList<>()));
            Node other = row.get(var("other"));
            if (other != null) {
                var p = new Participant(local(row.get(var("otherRole"))), other.getURI(), lexical(row, "otherLabel"));
                if (!fact.others().contains(p)) {
                    fact.others().add(p);
                }
            }
        }
        return List.copyOf(facts.values());
    }

    /** Something the resource is reported to have said (a {@code kg:Statement} it is the speaker of). */
    record Said(String iri, String mode, String quotation, String date, String article, String headline,
                String evidence, String event, String eventLabel) {
    }

    /** The statements the resource is the speaker of, by date (the one stated, else the article's). */
    List<Said> statements(String iri) {
        var rows = select("""
                SELECT ?st ?mode ?quotation ?date ?article ?headline ?evidence ?event ?eventLabel WHERE {
                  ?st a kg:Statement ; kg:saidBy ?e ; kg:speechMode ?mode ; kg:quotation ?quotation ;
                      prov:wasDerivedFrom ?article .
                  OPTIONAL { ?st kg:saidOn ?saidOn }
                  OPTIONAL { ?article schema:datePublished ?published }
                  BIND(COALESCE(?saidOn, ?published) AS ?date)
                  OPTIONAL { ?article schema:headline ?headline }
                  OPTIONAL { ?st kg:evidence/kg:evidenceText ?evidence }
                  OPTIONAL { ?st kg:saidAt ?event OPTIONAL { ?event skos:prefLabel ?eventLabel } }
                } ORDER BY ?date ?st LIMIT 1000""", Map.of("e", iri));
        Map<String, Said> said = new LinkedHashMap<>();
        for (Binding row : rows) {
            Node event = row.get(var("event"));
            said.putIfAbsent(row.get(var("st")).getURI(), new Said(row.get(var("st")).getURI(), lexical(row, "mode"),
                    lexical(row, "quotation"), lexical(row, "date"), row.get(var("article")).getURI(),
                    lexical(row, "headline"), lexical(row, "evidence"), event == null ? null : event.getURI(),
                    lexical(row, "eventLabel")));
        }
        return List.copyOf(said.values());
    }

    /** People, organizations, places and events mentioned in the same articles, most shared articles first. */
    List<Neighbour> coMentioned(String iri, int limit) {
        var rows = select("""
                SELECT ?o (SAMPLE(?l) AS ?label) (SAMPLE(?t) AS ?type) (COUNT(DISTINCT ?a) AS ?n) WHERE {
                  ?a kg:mentions ?e , ?o . FILTER(?o != ?e)
                  ?o a ?t ; skos:prefLabel ?l .
                  VALUES ?t { schema:Person schema:Organization schema:Place schema:Event }
                } GROUP BY ?o ORDER BY DESC(?n) ?o LIMIT 200""", Map.of("e", iri));
        return rows.stream().limit(limit).map(b -> new Neighbour(b.get(var("o")).getURI(), lexical(b, "label"),
                local(b.get(var("type"))), Integer.parseInt(lexical(b, "n")))).toList();
    }

    List<ArticleRef> articlesMentioning(String iri, int limit) {
        var rows = select("""
                SELECT ?a ?date ?headline WHERE { ?a kg:mentions ?e
                  OPTIONAL { ?a schema:datePublished ?date } OPTIONAL { ?a schema:headline ?headline } }
                ORDER BY DESC(?date) ?a LIMIT 500""", Map.of("e", iri));
        return rows.stream().limit(limit).map(b -> new ArticleRef(b.get(var("a")).getURI(), lexical(b, "date"),
                lexical(b, "headline"))).toList();
    }

    /** A ready-to-send SPARQL text for the Fuseki links of a page (the IRI is substituted, not concatenated). */
    static String factsQueryFor(String iri) {
        var query = parameterized("""
                SELECT ?relation ?type ?role ?other ?article WHERE {
                  ?relation a kg:Relation ; kg:relationType ?type ; ?role ?e ; prov:wasDerivedFrom ?article .
                  OPTIONAL { ?relation ?p ?other . FILTER(isIRI(?other) && ?other != ?e
                             && ?p NOT IN (rdf:type, rdf:predicate, prov:wasGeneratedBy)) }
                } LIMIT 200""");
        query.setIri("e", iri);
        return query.toString();
    }

    List<Binding> select(String sparql, Map<String, String> iris) {
        var query = parameterized(sparql);
        iris.forEach(query::setIri);
        return selectQuery(query);
    }

    List<Binding> selectQuery(ParameterizedSparqlString query) {
        return selectQuery(query, Map.of());
    }

    /**
     * Runs {@code query} with {@code values} substituted for its variables in the parsed query, never in its text:
     * for request words, which {@link ParameterizedSparqlString} refuses when they hold a backslash (it cannot
     * tell an escape from an injection).
     */
    List<Binding> selectQuery(ParameterizedSparqlString query, Map<String, Node> values) {
        return Txn.calculateRead(dataset, () -> {
            List<Binding> rows = new ArrayList<>();
            var exec = QueryExec.dataset(dataset).query(query.asQuery());
            values.forEach(exec::substitution);
            // TDB2 bindings resolve their nodes lazily: copy them while the transaction is still open.
            exec.select().forEachRemaining(row -> {
                var copy = Binding.builder();
                row.vars().forEachRemaining(v -> copy.add(v, row.get(v)));
                rows.add(copy.build());
            });
            return rows;
        });
    }

    static ParameterizedSparqlString parameterized(String body) {
        return new ParameterizedSparqlString(PREFIXES + body);
    }

    static org.apache.jena.sparql.core.Var var(String name) {
        return org.apache.jena.sparql.core.Var.alloc(name);
    }

    static String lexical(Binding row, String name) {
        Node n = row.get(var(name));
        return n == null ? null : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
    }

    /** The local name of an IRI (after {@code #} or the last {@code /}). */
    static String local(Node node) {
        if (node == null || !node.isURI()) {
            return null;
        }
        String uri = node.getURI();
        return uri.substring(Math.max(uri.lastIndexOf('#'), uri.lastIndexOf('/')) + 1);
    }

    static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
