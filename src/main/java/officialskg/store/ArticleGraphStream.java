package officialskg.store;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;

import java.util.function.Consumer;

/**
 * The sink handed to an article writer: adds to one article graph only, so a faulty writer cannot touch another
 * article's graph or the ontology. Used inside the store's write transaction (embedded) or to collect the graph that
 * one request then sends (remote).
 */
final class ArticleGraphStream extends StreamRDFBase {

    private final Node graph;
    private final Consumer<Triple> add;

    ArticleGraphStream(Node graph, Consumer<Triple> add) {
        this.graph = graph;
        this.add = add;
    }

    @Override
    public void triple(Triple triple) {
        add.accept(triple);
    }

    @Override
    public void quad(Quad quad) {
        if (quad.isTriple() || quad.isDefaultGraph() || quad.getGraph().equals(graph)) {
            triple(quad.asTriple());
        } else {
            throw new StoreException("the writer for graph <" + graph.getURI() + "> tried to write into graph <"
                    + quad.getGraph() + ">");
        }
    }
}
