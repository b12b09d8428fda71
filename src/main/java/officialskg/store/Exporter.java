package officialskg.store;

import officialskg.rdf.IriMinter;
import officialskg.vocab.Prefixes;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.RDFWriter;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.helpers.BasicWriterSettings;

import java.io.OutputStream;
import java.util.Iterator;

/**
 * Streams the store out through RDF4J Rio writers: quads are read in one read transaction and handed over one by
 * one, never collected (RDF4J's JSON-LD writer buffers on its own, which is accepted).
 *
 * <p>Triple formats (Turtle, JSON-LD) of everything give the distinct triples of the union graph, ontology graph
 * included; quad formats (TriG, N-Quads) keep every named graph. An entity selection takes every triple with the
 * entity as subject or object, across graphs.
 */
public final class Exporter {

    private final DatasetGraph dataset;
    private final IriMinter iris;

    Exporter(DatasetGraph dataset, IriMinter iris) {
        this.dataset = dataset;
        this.iris = iris;
    }

    /** Writes the selection; returns the number of statements written. */
    public long export(ExportFormat format, ExportSelection selection, OutputStream out) {
        return Txn.calculateRead(dataset, () -> {
            requirePresent(selection);
            RDFWriter writer = Rio.createWriter(rioFormat(format), out);
            // Pretty printing groups statements per subject, which means buffering them all.
            writer.getWriterConfig().set(BasicWriterSettings.PRETTY_PRINT, false);
            writer.startRDF();
            Prefixes.STANDARD.forEach(writer::handleNamespace);
            Rdf4jTerms terms = new Rdf4jTerms();
            long count = 0;
            if (format.keepsGraphs()) {
                for (Iterator<Quad> quads = quads(selection); quads.hasNext(); count++) {
                    writer.handleStatement(terms.statement(quads.next()));
                }
            } else {
                for (Iterator<Triple> triples = triples(selection); triples.hasNext(); count++) {
                    writer.handleStatement(terms.statement(triples.next()));
                }
            }
            writer.endRDF();
            return count;
        });
    }

    private void requirePresent(ExportSelection selection) {
        boolean present = switch (selection) {
            case ExportSelection.All all -> true;
            case ExportSelection.Article article ->
                    dataset.contains(articleGraph(article), Node.ANY, Node.ANY, Node.ANY);
            case ExportSelection.Entity entity -> {
                Node node = NodeFactory.createURI(entity.iri());
                yield dataset.contains(Node.ANY, node, Node.ANY, Node.ANY)
                        || dataset.contains(Node.ANY, Node.ANY, Node.ANY, node);
            }
        };
        if (!present) {
            throw new StoreException("nothing to export: " + switch (selection) {
                case ExportSelection.Article article -> "no article " + article.articleId() + " in the store";
                case ExportSelection.Entity entity -> "no triple mentions <" + entity.iri() + ">";
                case ExportSelection.All all -> "the store is empty";
            });
        }
    }

    private Iterator<Triple> triples(ExportSelection selection) {
        return switch (selection) {
            case ExportSelection.All all -> dataset.getUnionGraph().find();
            case ExportSelection.Article article -> dataset.getGraph(articleGraph(article)).find();
            case ExportSelection.Entity entity -> {
                Node node = NodeFactory.createURI(entity.iri());
                var union = dataset.getUnionGraph();
                // A triple with the entity on both sides comes once, from the subject side.
                yield Iter.concat(union.find(node, Node.ANY, Node.ANY),
                        Iter.filter(union.find(Node.ANY, Node.ANY, node), t -> !t.getSubject().equals(node)));
            }
        };
    }

    private Iterator<Quad> quads(ExportSelection selection) {
        return switch (selection) {
            case ExportSelection.All all -> dataset.find();
            case ExportSelection.Article article -> dataset.find(articleGraph(article), Node.ANY, Node.ANY, Node.ANY);
            case ExportSelection.Entity entity -> {
                Node node = NodeFactory.createURI(entity.iri());
                yield Iter.concat(dataset.find(Node.ANY, node, Node.ANY, Node.ANY),
                        Iter.filter(dataset.find(Node.ANY, Node.ANY, Node.ANY, node),
                                q -> !q.getSubject().equals(node)));
            }
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
