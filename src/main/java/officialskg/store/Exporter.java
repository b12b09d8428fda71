package officialskg.store;

import officialskg.rdf.IriMinter;
import officialskg.vocab.Prefixes;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.RowSet;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.RDFHandler;
import org.eclipse.rdf4j.rio.RDFWriter;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.helpers.BasicWriterSettings;

import java.io.OutputStream;

/**
 * Streams the store out to an RDF4J {@link RDFHandler}, a Rio writer for the export formats: the statements come from
 * one SPARQL SELECT (so the same code exports the embedded store and a remote one) and are handed over row by row,
 * never collected (RDF4J's JSON-LD writer buffers on its own, which is accepted).
 *
 * <p>Triple formats (Turtle, JSON-LD) of everything give the distinct triples of the union graph, ontology graph
 * included; quad formats (TriG, N-Quads) keep every named graph. An entity selection takes every triple with the
 * entity as subject or object, across graphs.
 */
public final class Exporter {

    private static final Var G = Var.alloc("g");
    private static final Var S = Var.alloc("s");
    private static final Var P = Var.alloc("p");
    private static final Var O = Var.alloc("o");
    private static final Var E = Var.alloc("e");

    // ?g is bound to the article's graph, ?e to the entity, by substitution.
    private static final Query ALL_QUADS = QueryFactory.create("SELECT ?g ?s ?p ?o { GRAPH ?g { ?s ?p ?o } }");
    private static final Query ENTITY_QUADS = QueryFactory.create("SELECT ?g ?s ?p ?o {"
            + " { GRAPH ?g { ?e ?p ?o } BIND(?e AS ?s) }"
            // A triple with the entity on both sides comes once, from the subject side.
            + " UNION { GRAPH ?g { ?s ?p ?e } FILTER(?s != ?e) BIND(?e AS ?o) } }");
    private static final Query ALL_TRIPLES = QueryFactory.create("SELECT ?s ?p ?o { ?s ?p ?o }");
    private static final Query GRAPH_TRIPLES = QueryFactory.create("SELECT ?s ?p ?o { GRAPH ?g { ?s ?p ?o } }");
    private static final Query ENTITY_TRIPLES = QueryFactory.create("SELECT ?s ?p ?o {"
            + " { ?e ?p ?o BIND(?e AS ?s) } UNION { ?s ?p ?e FILTER(?s != ?e) BIND(?e AS ?o) } }");
    private static final Query GRAPH_PRESENT = QueryFactory.create("ASK { GRAPH ?g { ?s ?p ?o } }");
    private static final Query ENTITY_PRESENT = QueryFactory.create(
            "ASK { { GRAPH ?g { ?e ?p ?o } } UNION { GRAPH ?g { ?s ?p ?e } } }");

    private final QueryTarget target;
    private final IriMinter iris;

    Exporter(QueryTarget target, IriMinter iris) {
        this.target = target;
        this.iris = iris;
    }

    /** Writes the selection in {@code format} to {@code out}; returns the number of statements written. */
    public long export(ExportFormat format, ExportSelection selection, OutputStream out) {
        RDFWriter writer = Rio.createWriter(rioFormat(format), out);
        // Pretty printing groups statements per subject, which means buffering them all.
        writer.getWriterConfig().set(BasicWriterSettings.PRETTY_PRINT, false);
        return export(selection, format.keepsGraphs(), writer);
    }

    /**
     * Hands the selection to {@code handler} as one document: {@code startRDF}, the standard namespaces, the
     * statements row by row, {@code endRDF}. Once started, the document is always ended, also when reading the store
     * or handling a statement fails (the failure is thrown after it, with a failing {@code endRDF} suppressed), so a
     * writer closes what it opened. A selection that matches nothing fails before the document starts.
     *
     * @param quads whether the statements keep their named graph (for quad formats)
     * @return the number of statements handed over
     */
    public long export(ExportSelection selection, boolean quads, RDFHandler handler) {
        requirePresent(selection);
        Query query = switch (selection) {
            case ExportSelection.All all -> quads ? ALL_QUADS : ALL_TRIPLES;
            case ExportSelection.Article article -> quads ? ALL_QUADS : GRAPH_TRIPLES;
            case ExportSelection.Entity entity -> quads ? ENTITY_QUADS : ENTITY_TRIPLES;
        };
        handler.startRDF();
        Throwable failure = null;
        try {
            Prefixes.STANDARD.forEach(handler::handleNamespace);
            return target.execute(query, substitution(selection), QueryTarget.NO_TIMEOUT, exec -> {
                Rdf4jTerms terms = new Rdf4jTerms();
                long count = 0;
                RowSet rows = exec.select();
                while (rows.hasNext()) {
                    Binding row = rows.next();
                    handler.handleStatement(terms.statement(row.get(S), row.get(P), row.get(O),
                            quads ? row.get(G) : null));
                    count++;
                }
                return count;
            });
        } catch (Throwable e) {
            failure = e;
            throw e;
        } finally {
            end(handler, failure);
        }
    }

    private static void end(RDFHandler handler, Throwable failure) {
        try {
            handler.endRDF();
        } catch (RuntimeException e) {
            if (failure == null) {
                throw e;
            }
            failure.addSuppressed(e);
        }
    }

    private void requirePresent(ExportSelection selection) {
        boolean present = switch (selection) {
            case ExportSelection.All all -> true;
            case ExportSelection.Article article -> ask(GRAPH_PRESENT, substitution(selection));
            case ExportSelection.Entity entity -> ask(ENTITY_PRESENT, substitution(selection));
        };
        if (!present) {
            throw new StoreException("nothing to export: " + switch (selection) {
                case ExportSelection.Article article -> "no article " + article.articleId() + " in the store";
                case ExportSelection.Entity entity -> "no triple mentions <" + entity.iri() + ">";
                case ExportSelection.All all -> "the store is empty";
            });
        }
    }

    private boolean ask(Query query, Binding substitution) {
        return target.execute(query, substitution, QueryTarget.NO_TIMEOUT, exec -> exec.ask());
    }

    private Binding substitution(ExportSelection selection) {
        return switch (selection) {
            case ExportSelection.All all -> BindingFactory.empty();
            case ExportSelection.Article article -> Binding.builder().add(G, articleGraph(article)).build();
            case ExportSelection.Entity entity -> Binding.builder().add(E, NodeFactory.createURI(entity.iri())).build();
        };
    }

    private Node articleGraph(ExportSelection.Article article) {
        return NodeFactory.createURI(iris.articleGraph(article.articleId()));
    }

    private static RDFFormat rioFormat(ExportFormat format) {
        return switch (format) {
            case TURTLE -> RDFFormat.TURTLE;
            case TRIG -> RDFFormat.TRIG;
            case NQUADS -> RDFFormat.NQUADS;
            case JSONLD -> RDFFormat.JSONLD;
        };
    }
}
