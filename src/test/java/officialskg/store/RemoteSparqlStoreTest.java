package officialskg.store;

import officialskg.rdf.IriMinter;
import officialskg.rdf.SampleArticles;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The {@link KgStore} contract on a remote store: a plain Fuseki on loopback over an in-memory TDB2 dataset. */
class RemoteSparqlStoreTest {

    PlainFuseki fuseki;
    RemoteSparqlStore store;

    @BeforeEach
    void start() {
        fuseki = PlainFuseki.start(true, null);
        store = RemoteSparqlStore.open(RemoteStoreSettings.defaults(fuseki.url()), Fixtures.IRIS);
    }

    @AfterEach
    void stop() {
        store.close();
        fuseki.close();
    }

    private Node graphOf(String articleId) {
        return NodeFactory.createURI(Fixtures.IRIS.articleGraph(articleId));
    }

    private long serverQuads() {
        return Txn.calculateRead(fuseki.dataset(), () -> (long) fuseki.dataset().stream().count());
    }

    @Test
    void threeArticlesAndTheOntologyLandInTheirGraphs() {
        Fixtures.ingest(store, SampleArticles.ces(), SampleArticles.cesAnalysis());
        Fixtures.ingest(store, SampleArticles.cabinet(), SampleArticles.cabinetAnalysis());
        Fixtures.ingest(store, SampleArticles.forum(), SampleArticles.forumAnalysis());
        assertEquals(Set.of(SampleArticles.CES_ID, SampleArticles.CABINET_ID, SampleArticles.FORUM_ID),
                store.articleIds());
        assertTrue(Txn.calculateRead(fuseki.dataset(), () -> fuseki.dataset().containsGraph(
                NodeFactory.createURI(IriMinter.ONTOLOGY_GRAPH))));
        long triples = store.tripleCount();
        QueryResult articles = store.queries().run("PREFIX schema: <https://schema.org/> "
                + "SELECT (COUNT(*) AS ?n) { ?a a schema:NewsArticle }", Map.of(), Duration.ofSeconds(10));
        assertEquals("3", articles.text(0, "n").orElseThrow());

        long quads = serverQuads();
        Fixtures.ingest(store, SampleArticles.ces(), SampleArticles.cesAnalysis());
        assertEquals(quads, serverQuads(), "a replace, not an addition");
        assertEquals(triples, store.tripleCount());
    }

    @Test
    void aWriterThatFailsSendsNothing() {
        Fixtures.ingest(store, SampleArticles.cabinet(), SampleArticles.cabinetAnalysis());
        long quads = serverQuads();
        var failure = assertThrows(IllegalStateException.class, () -> store.replaceArticle(SampleArticles.CABINET_ID,
                sink -> {
                    sink.triple(Triple.create(NodeFactory.createURI("http://example.org/x"),
                            NodeFactory.createURI("http://example.org/p"), NodeFactory.createLiteralString("반쯤")));
                    throw new IllegalStateException("extractor failed halfway");
                }));
        assertEquals("extractor failed halfway", failure.getMessage());
        assertEquals(quads, serverQuads());

        Node other = graphOf(SampleArticles.CABINET_ID);
        var e = assertThrows(StoreException.class, () -> store.replaceArticle(SampleArticles.FORUM_ID,
                sink -> sink.quad(Quad.create(other, other, other, other))));
        assertTrue(e.getMessage().contains(other.getURI()), e.getMessage());
        assertEquals(Set.of(SampleArticles.CABINET_ID), store.articleIds());
    }

    @Test
    void deleteArticle() {
        Fixtures.ingest(store, SampleArticles.forum(), SampleArticles.forumAnalysis());
        assertTrue(store.deleteArticle(SampleArticles.FORUM_ID));
        assertFalse(store.deleteArticle(SampleArticles.FORUM_ID));
        assertEquals(Set.of(), store.articleIds());
    }
}
