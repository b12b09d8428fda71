package officialskg.rdf;

import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;

/** A {@link StreamRDF} decorator that counts the triples and quads passing through to its destination. */
public final class CountingStreamRDF extends StreamRDFWrapper {

    private long count;

    public CountingStreamRDF(StreamRDF destination) {
        super(destination);
    }

    @Override
    public void triple(Triple triple) {
        count++;
        super.triple(triple);
    }

    @Override
    public void quad(Quad quad) {
        count++;
        super.quad(quad);
    }

    /** Triples and quads sent so far. */
    public long count() {
        return count;
    }
}
