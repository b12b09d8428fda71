package officialskg.pipeline;

import officialskg.article.InputFormat;
import officialskg.store.BulkLoad;
import officialskg.store.StoreException;
import officialskg.store.TdbStore;
import officialskg.store.text.KgTextIndex;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bulk ingest (staged N-Quads, TDB2's loader, the text index built in one pass) gives the same store as ingest one
 * transaction per article, and a bulk load that fails leaves no store behind.
 */
class BulkIngestTest {

    static final KgPipeline PIPELINE = new KgPipeline(PipelineSettings.defaults("test").withThreads(2));
    static final Path SAMPLES = Path.of("samples");
    static final List<String> SEARCHES = List.of("서울시장", "장관", "부산", "박람회", "상공회의소", "현대자동차");

    @TempDir
    static Path dir;
    static Path bulkStore;
    static Path normalStore;
    static IngestReport bulkReport;
    static IngestReport normalReport;

    @BeforeAll
    static void ingestBothWays() {
        bulkStore = dir.resolve("bulk/tdb2");
        normalStore = dir.resolve("normal/tdb2");
        assertTrue(BulkLoad.isNew(bulkStore));
        bulkReport = PIPELINE.bulkIngest().run(List.of(SAMPLES), InputFormat.AUTO, bulkStore, IngestListener.SILENT)
                .report();
        try (TdbStore store = TdbStore.open(normalStore, PIPELINE.iris())) {
            normalReport = PIPELINE.ingest().run(List.of(SAMPLES), InputFormat.AUTO, store, IngestListener.SILENT);
        }
    }

    @Test
    void bulkAndNormalIngestStoreIsomorphicArticleGraphs() {
        assertEquals(normalReport.summary(), bulkReport.summary());
        assertTrue(bulkReport.stored() >= 5, bulkReport.summary());
        assertFalse(BulkLoad.isNew(bulkStore));
        try (TdbStore bulk = TdbStore.open(bulkStore, PIPELINE.iris());
             TdbStore normal = TdbStore.open(normalStore, PIPELINE.iris())) {
            assertEquals(normal.articleIds(), bulk.articleIds());
            for (String id : normal.articleIds()) {
                Graph a = copyOf(normal, id);
                Graph b = copyOf(bulk, id);
                assertTrue(a.size() > 50, id + ": " + a.size());
                assertTrue(a.isIsomorphicWith(b), "article graph " + id + " differs");
            }
            assertEquals(normal.tripleCount(), bulk.tripleCount());
        }
    }

    @Test
    void bulkAndNormalIngestGiveTheSameTextSearchAnswers() {
        try (TdbStore bulk = TdbStore.open(bulkStore, PIPELINE.iris());
             TdbStore normal = TdbStore.open(normalStore, PIPELINE.iris())) {
            int nonEmpty = 0;
            for (String q : SEARCHES) {
                Set<String> expected = search(normal, q);
                assertEquals(expected, search(bulk, q), "text:query \"" + q + "\"");
                nonEmpty += expected.isEmpty() ? 0 : 1;
            }
            assertTrue(nonEmpty >= 4, "most searches find something");
        }
    }

    @Test
    void reingestingIntoABulkLoadedStoreReplacesItsTextDocuments() throws IOException {
        Path copy = dir.resolve("reingest/tdb2");
        PIPELINE.bulkIngest().run(List.of(SAMPLES), InputFormat.AUTO, copy, IngestListener.SILENT);
        try (TdbStore store = TdbStore.open(copy, PIPELINE.iris());
             TdbStore normal = TdbStore.open(normalStore, PIPELINE.iris())) {
            PIPELINE.ingest().run(List.of(SAMPLES), InputFormat.AUTO, store, IngestListener.SILENT);
            for (String q : SEARCHES) {
                // Documents made by the bulk index are found and deleted by the store's own updates: no duplicates.
                assertEquals(searchRows(normal, q), searchRows(store, q), "text:query \"" + q + "\"");
            }
        }
    }

    @Test
    void aFailedBulkLoadLeavesNoStore() throws IOException {
        Path target = dir.resolve("failed/tdb2");
        try (BulkLoad bulk = BulkLoad.start(target, PIPELINE.iris())) {
            PIPELINE.ingest().run(List.of(SAMPLES.resolve("three-articles.jsonl")), InputFormat.JSONL,
                    bulk::writeArticle, officialskg.resolve.EntityLookup.NONE, IngestListener.SILENT);
            // A last article with a term N-Quads cannot hold (a variable, written as ?x): TDB2's loader has loaded
            // the other articles when its parser fails on it.
            bulk.writeArticle("broken", sink -> sink.triple(Triple.create(NodeFactory.createURI("urn:s"),
                    NodeFactory.createURI("urn:p"), NodeFactory.createVariable("x"))));
            StoreException e = assertThrows(StoreException.class, () -> bulk.finish(BulkLoad.Loader.PHASED));
            assertTrue(e.getMessage().contains("no store was created"), e.getMessage());
        }
        assertFalse(Files.exists(target), "no half store");
        assertFalse(Files.exists(KgTextIndex.beside(target)), "no text index");
        assertFalse(Files.exists(target.resolveSibling("tdb2.bulk")), "staging folder removed");
        // The target is still new: a later bulk load works.
        PIPELINE.bulkIngest().run(List.of(SAMPLES.resolve("three-articles.jsonl")), InputFormat.JSONL, target,
                IngestListener.SILENT);
        try (TdbStore store = TdbStore.open(target, PIPELINE.iris())) {
            assertEquals(3, store.articleCount());
        }
    }

    @Test
    void bulkLoadRefusesAStoreThatHasData() {
        StoreException e = assertThrows(StoreException.class, () -> BulkLoad.start(normalStore, PIPELINE.iris()));
        assertTrue(e.getMessage().contains("already holds a store"), e.getMessage());
    }

    @Test
    void autoModeBulkLoadsOnlyNewStores() {
        assertTrue(BulkIngest.Mode.AUTO.bulkLoads(dir.resolve("absent")));
        assertFalse(BulkIngest.Mode.AUTO.bulkLoads(normalStore));
        assertTrue(BulkIngest.Mode.ON.bulkLoads(normalStore));
        assertFalse(BulkIngest.Mode.OFF.bulkLoads(dir.resolve("absent")));
        assertThrows(IllegalArgumentException.class, () -> BulkIngest.Mode.parse("maybe"));
    }

    private static Graph copyOf(TdbStore store, String articleId) {
        Node name = NodeFactory.createURI(PIPELINE.iris().articleGraph(articleId));
        return Txn.calculateRead(store.datasetGraph(), () -> {
            Graph copy = GraphFactory.createDefaultGraph();
            store.datasetGraph().getGraph(name).find().forEachRemaining(copy::add);
            return copy;
        });
    }

    private static final String SEARCH = """
            PREFIX text: <http://jena.apache.org/text#>
            # @param q string  words
            SELECT ?s ?literal WHERE { (?s ?score ?literal) text:query ?q }""";

    private static Set<String> search(TdbStore store, String words) {
        return new TreeSet<>(searchRows(store, words));
    }

    private static List<String> searchRows(TdbStore store, String words) {
        var result = store.queries().run(SEARCH, Map.of("q", words), Duration.ofSeconds(30));
        return java.util.stream.IntStream.range(0, result.size())
                .mapToObj(i -> result.get(i, "s").map(Node::toString).orElse("") + " | "
                        + result.text(i, "literal").orElse(""))
                .sorted().toList();
    }
}
