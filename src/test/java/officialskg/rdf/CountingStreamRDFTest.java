package officialskg.rdf;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CountingStreamRDFTest {

    @Test
    void countsWhatReachesTheDestination() {
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        CountingStreamRDF counting = new CountingStreamRDF(StreamRDFLib.dataset(dataset));
        var s = NodeFactory.createURI("http://localhost:8080/kg/entity/person/오세훈");
        var p = NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#prefLabel");
        var g = NodeFactory.createURI("http://localhost:8080/kg/graph/article/a1");
        counting.quad(Quad.create(g, s, p, NodeFactory.createLiteralString("오세훈")));
        counting.quad(Quad.create(g, s, p, NodeFactory.createLiteralString("오 시장")));
        counting.triple(Triple.create(s, p, NodeFactory.createLiteralString("서울시장")));
        assertEquals(3, counting.count());
        assertEquals(2, dataset.getGraph(g).size());
        assertEquals(1, dataset.getDefaultGraph().size());
    }
}
