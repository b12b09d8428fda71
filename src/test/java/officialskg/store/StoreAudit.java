package officialskg.store;

import officialskg.rdf.IriMinter;
import officialskg.store.text.KgTextIndex;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What an on-disk store holds after a crash, read from outside: the quads of every named graph, and the text index
 * documents of every graph, both as the crashed process left them and after {@link TdbStore#open} recovered the
 * store. Tests that kill a writing process compare these with what a clean run stores.
 *
 * @param markerLeft        the open marker was still there, i.e. the last process did not close the store
 * @param quadsPerGraph     named graph IRI → quads (article graphs and the ontology graph)
 * @param articleIds        the ids of the stored article graphs
 * @param indexablePerGraph graph → quads the text index must hold a document for (indexed predicate, literal)
 * @param docsBefore        graph → index documents as the last process left them (before the store was opened)
 * @param strayDocsBefore   documents left behind for graphs the store does not hold
 * @param docsAfter         graph → index documents once the store was opened (and closed) again
 * @param strayDocsAfter    like {@code strayDocsBefore}, after the open
 */
public record StoreAudit(boolean markerLeft, Map<String, Long> quadsPerGraph, Set<String> articleIds,
                         Map<String, Long> indexablePerGraph, Map<String, Long> docsBefore, long strayDocsBefore,
                         Map<String, Long> docsAfter, long strayDocsAfter) {

    /** The file name of the marker an open store keeps in its text index directory. */
    public static final String OPEN_MARKER = TdbStore.OPEN_MARKER;

    /** Opens the store in {@code dir} (recovering it), reads it, closes it; the index is read before and after. */
    public static StoreAudit of(Path dir, IriMinter iris) {
        Path textDir = KgTextIndex.beside(dir);
        boolean marker = Files.exists(textDir.resolve(TdbStore.OPEN_MARKER));
        try (IndexSnapshot before = IndexSnapshot.open(textDir)) {
            Map<String, Long> quads = new TreeMap<>();
            Map<String, Long> indexable = new TreeMap<>();
            Set<String> articles;
            try (TdbStore store = TdbStore.open(dir, iris)) {
                DatasetGraph graphs = store.datasetGraph();
                Set<Node> predicates = new HashSet<>(KgTextIndex.PREDICATES);
                Txn.executeRead(graphs, () -> graphs.find().forEachRemaining(quad -> {
                    if (quad.isDefaultGraph() || Quad.isUnionGraph(quad.getGraph())) {
                        return;
                    }
                    String g = quad.getGraph().getURI();
                    quads.merge(g, 1L, Long::sum);
                    if (predicates.contains(quad.getPredicate()) && quad.getObject().isLiteral()) {
                        indexable.merge(g, 1L, Long::sum);
                    }
                }));
                articles = store.articleIds();
            }
            try (IndexSnapshot after = IndexSnapshot.open(textDir)) {
                return new StoreAudit(marker, quads, articles, indexable, before.perGraph(quads.keySet()),
                        before.stray(quads.keySet()), after.perGraph(quads.keySet()), after.stray(quads.keySet()));
            }
        }
    }

    /** Quads of one article's graph, 0 when absent. */
    public long quadsOf(IriMinter iris, String articleId) {
        return quadsPerGraph.getOrDefault(iris.articleGraph(articleId), 0L);
    }

    /** Graphs whose index documents differ from their indexable quads in {@code docs}, with both numbers. */
    public Map<String, String> indexMismatches(Map<String, Long> docs) {
        Map<String, String> wrong = new TreeMap<>();
        for (String g : quadsPerGraph.keySet()) {
            long want = indexablePerGraph.getOrDefault(g, 0L);
            long got = docs.getOrDefault(g, 0L);
            if (want != got) {
                wrong.put(g, "index holds " + got + " documents, graph has " + want + " indexable quads");
            }
        }
        return wrong;
    }

    /** A point-in-time Lucene reader over the index directory (none when the directory holds no index yet). */
    private record IndexSnapshot(DirectoryReader reader) implements AutoCloseable {

        static IndexSnapshot open(Path textDir) {
            try {
                if (!Files.isDirectory(textDir)) {
                    return new IndexSnapshot(null);
                }
                FSDirectory directory = FSDirectory.open(textDir);
                return new IndexSnapshot(DirectoryReader.indexExists(directory) ? DirectoryReader.open(directory)
                        : null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        Map<String, Long> perGraph(Set<String> graphs) {
            Map<String, Long> counts = new TreeMap<>();
            if (reader == null) {
                return counts;
            }
            IndexSearcher searcher = new IndexSearcher(reader);
            try {
                for (String g : graphs) {
                    int n = searcher.count(new TermQuery(new Term("graph", g)));
                    if (n > 0) {
                        counts.put(g, (long) n);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return counts;
        }

        /** Documents not accounted for by any of {@code graphs}. */
        long stray(Set<String> graphs) {
            if (reader == null) {
                return 0;
            }
            long known = perGraph(graphs).values().stream().mapToLong(Long::longValue).sum();
            return reader.numDocs() - known;
        }

        @Override
        public void close() {
            if (reader != null) {
                try {
                    reader.close();
                    reader.directory().close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }
}
