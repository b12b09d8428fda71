package officialskg.rdf;

import officialskg.vocab.Schema;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ShaclCheckTest {

    @Test
    void mappedArticlesConform() {
        var check = new ShaclCheck();
        for (String id : new String[]{SampleArticles.CES_ID}) {
            Graph g = ArticleRdfTest.cesGraph();
            var result = check.check(g);
            assertTrue(result.conforms(), id + ": " + result.problems());
        }
    }

    @Test
    void aSecondHeadlineIsReported() {
        Graph g = ArticleRdfTest.cesGraph();
        g.add(NodeFactory.createURI(ArticleRdfTest.IRIS.articleIri(SampleArticles.CES_ID)), Schema.headline.asNode(),
                NodeFactory.createLiteralString("두 번째 제목"));
        var result = new ShaclCheck().check(g);
        assertFalse(result.conforms());
        assertTrue(result.problems().stream().anyMatch(p -> p.contains("headline")), result.problems().toString());
    }
}
