package officialskg.store.text;

import officialskg.rdf.IriMinter;
import officialskg.store.StoreAudit;
import officialskg.store.TdbStore;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The crash window of the text index, made on purpose: TDB2 commits an article, the process dies before Lucene
 * commits. The store is left with graphs one transaction ahead of its index and the open marker in place. Opening it
 * must rebuild the index: the new article is found, the replaced words are gone.
 */
class TextIndexRecoveryTest {

    private static final IriMinter IRIS = new IriMinter();

    @TempDir
    Path dir;

    @Test
    void anIndexLeftBehindByACrashIsRebuiltAtOpen() throws IOException {
        Path store = dir.resolve("store");
        Path textDir = KgTextIndex.beside(store);
        try (TdbStore s = TdbStore.open(store, IRIS)) {
            s.replaceArticle("a1", sink -> sink.triple(label("org/kcci", "대한상공회의소")));
        }
        assertFalse(Files.exists(textDir.resolve(StoreAudit.OPEN_MARKER)), "a clean close removes the marker");
        Path saved = dir.resolve("index-before");
        copy(textDir, saved);
        try (TdbStore s = TdbStore.open(store, IRIS)) {
            s.replaceArticle("a1", sink -> sink.triple(label("person/오세훈", "오세훈 서울시장")));
            s.replaceArticle("a2", sink -> sink.triple(label("org/busan", "부산광역시")));
        }
        // What a kill between TDB2's commit and Lucene's leaves: the older index, and the marker of an open store.
        delete(textDir);
        copy(saved, textDir);
        Files.writeString(textDir.resolve(StoreAudit.OPEN_MARKER), "open\n");

        StoreAudit audit = StoreAudit.of(store, IRIS);
        assertTrue(audit.markerLeft());
        assertFalse(audit.indexMismatches(audit.docsBefore()).isEmpty(), "the simulated crash left the index behind");
        assertEquals(Map.of(), audit.indexMismatches(audit.docsAfter()), "rebuilt at open");
        assertEquals(0, audit.strayDocsAfter());
        try (TdbStore s = TdbStore.open(store, IRIS)) {
            assertEquals(Set.of(), KgTextIndexTest.search(s, "상공회의소"), "the replaced label is not found");
            assertEquals(Set.of(IRIS.entityIri("person/오세훈")), KgTextIndexTest.search(s, "서울시장"));
            assertEquals(Set.of(IRIS.entityIri("org/busan")), KgTextIndexTest.search(s, "부산광역시"));
        }
        assertFalse(Files.exists(textDir.resolve(StoreAudit.OPEN_MARKER)));
    }

    private static Triple label(String id, String text) {
        return Triple.create(NodeFactory.createURI(IRIS.entityIri(id)), SKOS.prefLabel.asNode(),
                NodeFactory.createLiteralString(text));
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.toList()) {
                if (!f.getFileName().toString().equals("write.lock")) {
                    Files.copy(f, to.resolve(f.getFileName()));
                }
            }
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }
}
