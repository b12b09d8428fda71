package officialskg.rdf;

import officialskg.vocab.Kg;
import officialskg.vocab.Schema;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ShaclCheckTest {

    @Test
    void mappedArticlesConform() {
        var check = new ShaclCheck();
        var samples = List.of(
                ArticleRdfTest.written(SampleArticles.ces(), SampleArticles.cesAnalysis()),
                ArticleRdfTest.written(SampleArticles.cabinet(), SampleArticles.cabinetAnalysis()),
                ArticleRdfTest.written(SampleArticles.forum(), SampleArticles.forumAnalysis()));
        for (var sample : samples) {
            var result = check.check(sample.getUnionGraph());
            assertTrue(result.conforms(), result.problems().toString());
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

    @Test
    void aMentionEndingBeforeItStartsIsReported() {
        Graph g = ArticleRdfTest.cesGraph();
        var mention = NodeFactory.createURI(ArticleRdfTest.IRIS.mentionIri(SampleArticles.CES_ID, 0));
        g.remove(mention, Kg.end.asNode(), null);
        g.add(mention, Kg.end.asNode(), NodeFactory.createLiteralDT("0",
                XSDDatatype.XSDinteger));
        var result = new ShaclCheck().check(g);
        assertFalse(result.conforms());
        assertTrue(result.problems().stream().anyMatch(p -> p.contains("mention/0")), result.problems().toString());
    }
}
