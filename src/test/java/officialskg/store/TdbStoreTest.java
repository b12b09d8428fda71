package officialskg.store;

import officialskg.article.Article;
import officialskg.rdf.SampleArticles;
import officialskg.resolve.Analysis;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Against a real TDB2 database on disk. */
class TdbStoreTest {

    @TempDir
    Path dir;

    TdbStore open() {
        return TdbStore.open(dir.resolve("db"), Fixtures.IRIS);
    }

    static long count(TdbStore store, String sparql) {
        return Long.parseLong(store.queries().run(sparql, Map.of(), Duration.ofSeconds(30)).text(0, "n").orElseThrow());
    }

    /**
     * Graph by graph with Jena's graph matcher: the dataset-level {@link IsoMatcher} backtracks without end on the
     * ontology graph, whose SHACL shapes hold many alike blank nodes.
     */
    static boolean sameGraphs(DatasetGraph a, DatasetGraph b) {
        var names = new java.util.HashSet<Node>();
        a.listGraphNodes().forEachRemaining(names::add);
        var other = new java.util.HashSet<Node>();
        b.listGraphNodes().forEachRemaining(other::add);
        return names.equals(other) && names.stream().allMatch(n -> a.getGraph(n).isIsomorphicWith(b.getGraph(n)))
                && a.getDefaultGraph().isIsomorphicWith(b.getDefaultGraph());
    }

    static Node graphOf(String articleId) {
        return NodeFactory.createURI(Fixtures.IRIS.articleGraph(articleId));
    }

    /** The base a store's articles were minted under is read back from their graph names, open or closed. */
    @Test
    void aStoreTellsTheBaseItWasMintedUnder() {
        Path db = dir.resolve("db");
        assertEquals(java.util.Optional.empty(), TdbStore.mintedBase(db), "no store yet");
        try (TdbStore store = open()) {
            assertEquals(java.util.Optional.empty(), store.mintedBase(), "no article yet");
            Fixtures.ingest(store, SampleArticles.ces(), SampleArticles.cesAnalysis());
            assertEquals(java.util.Optional.of("http://example.org/kg/"), store.mintedBase());
            assertEquals(java.util.Optional.of("http://example.org/kg/"), TdbStore.mintedBase(db),
                    "read through the connection this process holds, which stays usable");
            assertEquals(1, store.articleCount());
        }
        assertEquals(java.util.Optional.of("http://example.org/kg/"), TdbStore.mintedBase(db));
        try (TdbStore store = open()) {
            assertEquals(1, store.articleCount(), "the peek released the store for the next open");
        }
    }

    @Test
    void reingestingTheSameArticleGivesTheSameIsomorphicGraph() {
        try (TdbStore store = open()) {
            Fixtures.ingest(store, SampleArticles.ces(), SampleArticles.cesAnalysis());
            long triples = store.tripleCount();
            DatasetGraph before = Fixtures.snapshot(store);
            Fixtures.ingest(store, SampleArticles.ces(), SampleArticles.cesAnalysis());
            assertEquals(triples, store.tripleCount());
            assertEquals(1, store.articleCount());
            assertTrue(sameGraphs(before, Fixtures.snapshot(store)));
        }
    }

    @Test
    void aChangedArticleLeavesNoOldTriples() {
        try (TdbStore store = open()) {
            Fixtures.ingest(store, SampleArticles.ces(), SampleArticles.cesAnalysis());
            long withMentions = store.tripleCount();
            Article ces = SampleArticles.ces();
            Fixtures.ingest(store, ces, Analysis.empty(SampleArticles.CES_TITLE + "\n\n" + SampleArticles.CES_BODY));
            assertTrue(store.tripleCount() < withMentions);
            assertEquals(0, count(store, "PREFIX kg: <https://officials-kg.org/ontology#> "
                    + "SELECT (COUNT(*) AS ?n) { ?m a kg:Mention }"));
            assertEquals(0, count(store, "PREFIX kg: <https://officials-kg.org/ontology#> "
                    + "SELECT (COUNT(*) AS ?n) { ?a kg:mentions ?e }"));
        }
    }

    @Test
    void aWriterThatFailsMidwayLeavesThePreviousGraph() {
        try (TdbStore store = open()) {
            Fixtures.ingest(store, SampleArticles.ces(), SampleArticles.cesAnalysis());
            DatasetGraph before = Fixtures.snapshot(store);
            var failure = assertThrows(IllegalStateException.class, () -> store.replaceArticle(SampleArticles.CES_ID,
                    sink -> {
                        sink.triple(Triple.create(NodeFactory.createURI("http://example.org/x"),
                                NodeFactory.createURI("http://example.org/p"), NodeFactory.createLiteralString("반쯤")));
                        throw new IllegalStateException("extractor failed halfway");
                    }));
            assertEquals("extractor failed halfway", failure.getMessage());
            assertTrue(sameGraphs(before, Fixtures.snapshot(store)));
        }
    }

    @Test
    void aWriterCannotTouchAnotherGraph() {
        try (TdbStore store = open()) {
            Fixtures.ingest(store, SampleArticles.cabinet(), SampleArticles.cabinetAnalysis());
            long triples = store.tripleCount();
            Node other = graphOf(SampleArticles.CABINET_ID);
            var e = assertThrows(StoreException.class, () -> store.replaceArticle(SampleArticles.FORUM_ID,
                    sink -> sink.quad(Quad.create(other, other, other, other))));
            assertTrue(e.getMessage().contains(other.getURI()), e.getMessage());
            assertEquals(triples, store.tripleCount());
            assertEquals(Set.of(SampleArticles.CABINET_ID), store.articleIds());
        }
    }

    @Test
    void theDefaultGraphIsTheUnionOfArticleGraphs() {
        try (TdbStore store = Fixtures.threeArticles(open())) {
            assertEquals(3, count(store, "PREFIX schema: <https://schema.org/> "
                    + "SELECT (COUNT(*) AS ?n) { ?a a schema:NewsArticle }"));
            assertEquals(Set.of(SampleArticles.CES_ID, SampleArticles.CABINET_ID, SampleArticles.FORUM_ID),
                    store.articleIds());
            assertEquals(3, store.articleCount());
        }
    }

    @Test
    void tripleCountCountsATripleHeldByTwoGraphsOnce() {
        try (TdbStore store = open()) {
            Fixtures.ingest(store, SampleArticles.ces(), SampleArticles.cesAnalysis());
            Article copy = new Article("etoday-ces-copy", SampleArticles.CES_TITLE, SampleArticles.ces().subtitles(),
                    SampleArticles.ces().published(), "이투데이", "", SampleArticles.CES_BODY, SampleArticles.ces().spans(),
                    "copy.txt");
            Fixtures.ingest(store, copy, SampleArticles.cesAnalysis());
            DatasetGraph graphs = store.datasetGraph();
            long distinct = Txn.calculateRead(graphs, () -> {
                Set<Triple> triples = new HashSet<>();
                graphs.find().forEachRemaining(q -> triples.add(q.asTriple()));
                return (long) triples.size();
            });
            long quads = Txn.calculateRead(graphs, () -> (long) graphs.stream().count());
            assertNotEquals(quads, distinct, "the two articles share entity triples");
            assertEquals(distinct, store.tripleCount());
            assertEquals(distinct, count(store, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"));
        }
    }

    @Test
    void deleteArticle() {
        try (TdbStore store = Fixtures.threeArticles(open())) {
            assertTrue(store.deleteArticle(SampleArticles.FORUM_ID));
            assertFalse(store.deleteArticle(SampleArticles.FORUM_ID));
            assertEquals(Set.of(SampleArticles.CES_ID, SampleArticles.CABINET_ID), store.articleIds());
        }
    }

    @Test
    void articlesAndOntologySurviveReopening() {
        long triples;
        try (TdbStore store = Fixtures.threeArticles(open())) {
            triples = store.tripleCount();
        }
        try (TdbStore store = open()) {
            assertEquals(3, store.articleCount());
            assertEquals(triples, store.tripleCount());
            assertTrue(count(store, "SELECT (COUNT(*) AS ?n) { GRAPH <https://officials-kg.org/graph/ontology> "
                    + "{ ?s ?p ?o } }") > 300);
        }
    }

    @Test
    void aDirectoryWithOtherFilesIsNotOpened() throws Exception {
        Path notes = Files.createDirectories(dir.resolve("notes"));
        Files.writeString(notes.resolve("메모.txt"), "TDB가 아닙니다");
        var e = assertThrows(StoreException.class, () -> TdbStore.open(notes, Fixtures.IRIS));
        assertTrue(e.getMessage().contains(notes.toString()) && e.getMessage().contains("not a TDB2 database"),
                e.getMessage());
        assertFalse(Files.exists(notes.resolve("Data-0001")), "nothing was created inside it");
    }

    @Test
    void aFileIsNotOpened() throws Exception {
        Path file = Files.writeString(dir.resolve("store.txt"), "x");
        var e = assertThrows(StoreException.class, () -> TdbStore.open(file, Fixtures.IRIS));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    }

    @Test
    void inMemoryStoreBehavesTheSame() {
        try (TdbStore store = Fixtures.threeArticles(TdbStore.openInMemory(Fixtures.IRIS))) {
            assertEquals(3, store.articleCount());
            assertTrue(store.deleteArticle(SampleArticles.CES_ID));
            assertEquals(2, store.articleCount());
        }
    }
}
