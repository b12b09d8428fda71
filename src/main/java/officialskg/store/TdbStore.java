package officialskg.store;

import officialskg.rdf.IriMinter;
import officialskg.rdf.OntologyFiles;
import officialskg.resolve.EntityLookup;
import officialskg.store.text.KgTextIndex;
import officialskg.vocab.Prefixes;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * The embedded store: a TDB2 dataset whose default graph is the union of all named graphs, so queries see every
 * article at once while each article keeps its own graph. On open the ontology graph is brought up to date with the
 * ontology files on the classpath. The dataset is wrapped by the Korean full-text index ({@link KgTextIndex}), kept
 * beside an on-disk database in {@code <dir>-text}, so every write below also updates the index in its transaction.
 */
public final class TdbStore implements KgStore {

    /** File in the text index directory while a process has the store open (see {@link #open}). */
    static final String OPEN_MARKER = "kg-store-open";

    private final Dataset dataset;
    private final TextIndex textIndex;
    private final DatasetGraph graphs;
    private final IriMinter iris;
    private final boolean onDisk;
    private final QueryTarget target;
    private final QueryRunner queries;
    private final Exporter exporter;
    /** Present while an on-disk store is open; {@code null} for an in-memory one. */
    private final Path openMarker;

    private TdbStore(Dataset dataset, TextIndex textIndex, IriMinter iris, Path openMarker) {
        this.dataset = dataset;
        this.textIndex = textIndex;
        dataset.asDatasetGraph().getContext().set(TDB2.symUnionDefaultGraph, true);
        this.graphs = KgTextIndex.wrap(dataset.asDatasetGraph(), textIndex);
        this.iris = iris;
        this.onDisk = openMarker != null;
        this.openMarker = openMarker;
        graphs.getContext().set(TDB2.symUnionDefaultGraph, true);
        this.target = new DatasetQueryTarget(graphs);
        this.queries = new QueryRunner(target);
        this.exporter = new Exporter(target, iris);
    }

    /** Opens (creating when absent) the TDB2 database in {@code dir}; a clear {@link StoreException} otherwise. */
    public static TdbStore open(Path dir, IriMinter iris) {
        Objects.requireNonNull(iris, "iris");
        TdbDirectory.requireDatabaseOrAbsent(dir);
        Dataset dataset;
        TextIndex textIndex;
        boolean rebuildIndex;
        Path marker;
        try {
            Files.createDirectories(dir);
            if (!Files.isWritable(dir)) {
                throw new StoreException("cannot open store " + dir + ": no write permission");
            }
            // Takes TDB2's process lock first: nothing below may touch the index of a store another process holds.
            dataset = TDB2Factory.connectDataset(Location.create(dir));
            Path textDir = KgTextIndex.beside(dir);
            marker = textDir.resolve(OPEN_MARKER);
            // The index commits just after TDB2 (it is an external component of TDB2's two-phase commit), so a process
            // killed in between leaves graphs the index lacks, or stale entries of a replaced or deleted article.
            // The marker outlives such a crash: its presence means the index cannot be trusted and is rebuilt.
            rebuildIndex = !Files.isDirectory(textDir) || Files.exists(marker);
            textIndex = KgTextIndex.onDisk(textDir);
            Files.createDirectories(textDir);
            Files.writeString(marker, "open; left behind when the process ended without closing the store\n");
        } catch (IOException | RuntimeException e) {
            if (e instanceof StoreException se) {
                throw se;
            }
            String reason = reason(e);
            throw new StoreException("cannot open store " + dir + ": " + reason
                    + (reason.contains("lock") ? " (another process, such as a running kg serve, has it open)" : ""),
                    e);
        }
        TdbStore store = new TdbStore(dataset, textIndex, iris, marker);
        if (rebuildIndex) {
            // Before the ontology refresh, which indexes what it writes: indexing it again would duplicate documents.
            try {
                store.reindex();
            } catch (RuntimeException e) {
                store.close();
                throw new StoreException("cannot build the text index of " + dir + ": " + reason(e), e);
            }
        }
        return start(store, dir.toString());
    }

    /**
     * The base the articles in the TDB2 database {@code dir} were minted under (read from an article graph's name,
     * {@link IriMinter#baseOfArticleGraph}), or empty when {@code dir} holds no database or no article. Reads
     * without the text index and releases the database again, so {@link #open} or a bulk load may follow.
     */
    public static java.util.Optional<String> mintedBase(Path dir) {
        if (!Files.isDirectory(dir) || BulkLoad.isNew(dir)) {
            return java.util.Optional.empty();
        }
        TdbDirectory.requireDatabaseOrAbsent(dir);
        Location location = Location.create(dir);
        // Open in this process already: read through that connection and leave it to its owner.
        boolean openHere = org.apache.jena.tdb2.sys.DatabaseConnection.lockForLocation(location).isLockedHere();
        Dataset dataset;
        try {
            dataset = TDB2Factory.connectDataset(location);
        } catch (RuntimeException e) {
            // Locked by another process or unreadable: the open that follows reports it in full.
            return java.util.Optional.empty();
        }
        try {
            return Txn.calculateRead(dataset, () -> mintedBase(dataset.asDatasetGraph()));
        } finally {
            if (!openHere) {
                TDBInternal.expel(dataset.asDatasetGraph());
            }
        }
    }

    /** The base this store's articles were minted under, or empty while it holds no article. */
    public java.util.Optional<String> mintedBase() {
        return Txn.calculateRead(graphs, () -> mintedBase(graphs));
    }

    private static java.util.Optional<String> mintedBase(DatasetGraph graphs) {
        var names = graphs.listGraphNodes();
        while (names.hasNext()) {
            Node g = names.next();
            if (g.isURI()) {
                var base = IriMinter.baseOfArticleGraph(g.getURI());
                if (base.isPresent()) {
                    return base;
                }
            }
        }
        return java.util.Optional.empty();
    }

    /** A fresh in-memory TDB2 dataset (tests, {@code kg extract --out ttl}): same behaviour, nothing on disk. */
    public static TdbStore openInMemory(IriMinter iris) {
        return start(new TdbStore(TDB2Factory.createDataset(), KgTextIndex.inMemory(),
                        Objects.requireNonNull(iris, "iris"), null),
                "in-memory store");
    }

    private static TdbStore start(TdbStore store, String name) {
        try {
            store.refreshOntology();
            return store;
        } catch (RuntimeException e) {
            store.close();
            throw new StoreException("cannot load the ontology into " + name + ": " + reason(e), e);
        }
    }

    static String reason(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message.strip();
    }

    /**
     * Replaces the ontology graph only when the files changed, so an unchanged open writes nothing. Also declares the
     * standard prefixes on the dataset, which SPARQL UIs and Jena writers pick up.
     */
    private void refreshOntology() {
        Graph wanted = OntologyFiles.ontologyGraph();
        Node name = NodeFactory.createURI(IriMinter.ONTOLOGY_GRAPH);
        boolean current = Txn.calculateRead(graphs, () -> graphs.getGraph(name).isIsomorphicWith(wanted)
                && Prefixes.STANDARD.keySet().stream().allMatch(p -> graphs.prefixes().containsPrefix(p)));
        if (!current) {
            Txn.executeWrite(graphs, () -> {
                graphs.deleteAny(name, Node.ANY, Node.ANY, Node.ANY);
                wanted.find().forEachRemaining(t -> graphs.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
                graphs.prefixes().putAll(Prefixes.STANDARD);
            });
        }
    }

    /**
     * Rebuilds the text index from the stored graphs (a store made before the index existed, one bulk-loaded, or one
     * whose last process did not close it): the index is emptied, then the indexed quads go straight into Lucene,
     * giving the documents the indexing dataset would have made, in one Lucene commit. A crash during the rebuild
     * leaves the open marker, so the next open rebuilds again.
     */
    private void reindex() {
        KgTextIndex.clear(textIndex);
        KgTextIndex.indexAll(dataset.asDatasetGraph(), textIndex);
    }

    @Override
    public void replaceArticle(String articleId, Consumer<StreamRDF> writer) {
        Node graph = NodeFactory.createURI(iris.articleGraph(articleId));
        Txn.executeWrite(graphs, () -> {
            graphs.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
            writer.accept(new ArticleGraphStream(graph,
                    t -> graphs.add(graph, t.getSubject(), t.getPredicate(), t.getObject())));
        });
    }

    @Override
    public boolean deleteArticle(String articleId) {
        Node graph = NodeFactory.createURI(iris.articleGraph(articleId));
        return Txn.calculateWrite(graphs, () -> {
            boolean present = graphs.contains(graph, Node.ANY, Node.ANY, Node.ANY);
            graphs.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
            return present;
        });
    }

    @Override
    public long articleCount() {
        return articleIds().size();
    }

    @Override
    public long tripleCount() {
        // The TDB2 union graph yields each triple once however many graphs hold it.
        return Txn.calculateRead(graphs, () -> Iter.count(graphs.getUnionGraph().find()));
    }

    @Override
    public Set<String> articleIds() {
        return Txn.calculateRead(graphs, () -> {
            var ids = new TreeSet<String>();
            graphs.listGraphNodes().forEachRemaining(g -> {
                if (g.isURI()) {
                    iris.articleIdOfGraph(g.getURI()).ifPresent(ids::add);
                }
            });
            return Collections.unmodifiableSet(ids);
        });
    }

    @Override
    public EntityLookup personLookup() {
        return new QueriedPersons(target, iris);
    }

    @Override
    public QueryRunner queries() {
        return queries;
    }

    @Override
    public Exporter exporter() {
        return exporter;
    }

    public IriMinter iris() {
        return iris;
    }

    /**
     * The underlying dataset (union default graph on), for serving it as is, e.g. by an embedded Fuseki. Access
     * must go through transactions; articles should only be written through {@link #replaceArticle}.
     */
    public DatasetGraph datasetGraph() {
        return graphs;
    }

    /**
     * Compacts the store: TDB2 copies the live data into a new generation and deletes the old one (which holds every
     * replaced article's blocks), and the text index merges its segments, dropping deleted documents. Readers may go
     * on meanwhile; writers wait. An in-memory store has no generations: only its index is merged.
     */
    public void compact() {
        if (onDisk) {
            DatabaseMgr.compact(dataset.asDatasetGraph(), true);
        }
        KgTextIndex.compact(textIndex);
    }

    /**
     * Closes the dataset; an on-disk database is also released (file lock, caches) so it can be reopened. The open
     * marker goes last, once the index is closed with everything committed.
     */
    @Override
    public void close() {
        dataset.close();
        textIndex.close();
        if (onDisk) {
            TDBInternal.expel(dataset.asDatasetGraph());
            try {
                Files.deleteIfExists(openMarker);
            } catch (IOException e) {
                // Harmless: the next open finds the marker and rebuilds the index from the graphs.
            }
        }
    }
}
