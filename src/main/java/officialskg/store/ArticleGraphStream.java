package officialskg.store;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * The sink handed to an article writer: adds to one article graph only, so a faulty writer cannot touch another
 * article's graph or the ontology. Used inside the store's write transaction.
 */
final class ArticleGraphStream extends StreamRDFBase {

    private final DatasetGraph dataset;
    private final Node graph;

    ArticleGraphStream(DatasetGraph dataset, Node graph) {
        this.dataset = dataset;
        this.graph = graph;
    }

    @Override
    public void triple(Triple triple) {
        dataset.add(graph, triple.getSubject(), triple.getPredicate(), triple.getObject());
    }

    @Override
    public void quad(Quad quad) {
        if (quad.isTriple() || quad.isDefaultGraph()) {
            triple(quad.asTriple());
        } else if (quad.getGraph().equals(graph)) {
            dataset.add(quad);
        } else {
            throw new StoreException("the writer for graph <" + graph.getURI() + "> tried to write into graph <"
                    + quad.getGraph() + ">");
        }
    }
}
