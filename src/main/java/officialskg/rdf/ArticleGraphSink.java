package officialskg.rdf;

import officialskg.extract.Confidence;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;

/** Emits quads into one article's named graph; keeps the mapping code free of node-building noise. */
final class ArticleGraphSink {

    private final StreamRDF sink;
    private final Node graph;

    ArticleGraphSink(StreamRDF sink, String graphIri) {
        this.sink = sink;
        this.graph = NodeFactory.createURI(graphIri);
    }

    Node graph() {
        return graph;
    }

    void add(Node subject, Resource predicate, Node object) {
        sink.quad(Quad.create(graph, subject, predicate.asNode(), object));
    }

    void add(Node subject, Resource predicate, Resource object) {
        add(subject, predicate, object.asNode());
    }

    /** Adds a plain string, skipping absent or empty values so optional fields leave no empty literal behind. */
    void addString(Node subject, Resource predicate, String value) {
        if (value != null && !value.isEmpty()) {
            add(subject, predicate, NodeFactory.createLiteralString(value));
        }
    }

    void addInteger(Node subject, Resource predicate, long value) {
        add(subject, predicate, typed(Long.toString(value), XSDDatatype.XSDinteger));
    }

    void addBoolean(Node subject, Resource predicate, boolean value) {
        add(subject, predicate, typed(Boolean.toString(value), XSDDatatype.XSDboolean));
    }

    /**
     * A score as xsd:decimal ({@code 0.95}) in its {@linkplain Confidence#written written form}: decimals keep their
     * lexical form in TDB2, where an xsd:double would come back as {@code 0.95e0}.
     */
    void addDecimal(Node subject, Resource predicate, double value) {
        add(subject, predicate, typed(Confidence.written(value).toPlainString(), XSDDatatype.XSDdecimal));
    }

    static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }

    static Node typed(String lexical, RDFDatatype datatype) {
        return NodeFactory.createLiteralDT(lexical, datatype);
    }
}
