package officialskg.store;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;

/** Converts Jena terms to RDF4J values one statement at a time, so exports stream. */
final class Rdf4jTerms {

    private final ValueFactory values = SimpleValueFactory.getInstance();

    Statement statement(Triple triple) {
        return values.createStatement(resource(triple.getSubject()), values.createIRI(triple.getPredicate().getURI()),
                value(triple.getObject()));
    }

    Statement statement(Quad quad) {
        Node graph = quad.getGraph();
        Resource context = graph == null || quad.isDefaultGraph() ? null : resource(graph);
        return values.createStatement(resource(quad.getSubject()), values.createIRI(quad.getPredicate().getURI()),
                value(quad.getObject()), context);
    }

    /** A statement from the terms of a query row; {@code graph} null for a triple. */
    Statement statement(Node subject, Node predicate, Node object, Node graph) {
        Resource context = graph == null || Quad.isDefaultGraph(graph) ? null : resource(graph);
        return values.createStatement(resource(subject), values.createIRI(predicate.getURI()), value(object), context);
    }

    private Resource resource(Node node) {
        if (node.isURI()) {
            return values.createIRI(node.getURI());
        }
        if (node.isBlank()) {
            return values.createBNode(node.getBlankNodeLabel());
        }
        throw new StoreException("cannot export " + node + " as a subject or graph name");
    }

    private Value value(Node node) {
        if (!node.isLiteral()) {
            return resource(node);
        }
        String language = node.getLiteralLanguage();
        if (language != null && !language.isEmpty()) {
            return values.createLiteral(node.getLiteralLexicalForm(), language);
        }
        return values.createLiteral(node.getLiteralLexicalForm(), values.createIRI(node.getLiteralDatatypeURI()));
    }
}
