package officialskg.server.web;

import officialskg.rdf.IriMinter;
import officialskg.store.TdbStore;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The home page's cache on a real TDB2 store: kept while nothing is written, recomputed after any write. */
class PerStoreVersionTest {

    @Test
    void keepsTheValueUntilAWriteCommits() {
        try (TdbStore store = TdbStore.openInMemory(new IriMinter())) {
            var cache = new PerStoreVersion<Long>(store.datasetGraph());
            AtomicInteger computed = new AtomicInteger();
            java.util.function.Supplier<Long> count = () -> {
                computed.incrementAndGet();
                return store.articleCount();
            };
            assertEquals(0L, cache.get(count));
            assertEquals(0L, cache.get(count));
            assertEquals(1, computed.get(), "an unchanged store is not queried again");

            store.replaceArticle("a1", out -> out.triple(Triple.create(NodeFactory.createURI("urn:x:s"),
                    NodeFactory.createURI("urn:x:p"), NodeFactory.createLiteralString("o"))));
            assertEquals(1L, cache.get(count), "an ingested article is seen at once");
            assertEquals(2, computed.get());

            // Any committed write counts, also one that does not go through the store's own methods (SPARQL update).
            Txn.executeWrite(store.datasetGraph(), () -> store.datasetGraph().add(NodeFactory.createURI("urn:x:g"),
                    NodeFactory.createURI("urn:x:s"), NodeFactory.createURI("urn:x:p"), NodeFactory.createURI("urn:x:o")));
            cache.get(count);
            assertEquals(3, computed.get());

            // A read transaction changes nothing.
            Txn.executeRead(store.datasetGraph(), () -> store.datasetGraph().find().hasNext());
            cache.get(count);
            assertEquals(3, computed.get());
        }
    }
}
