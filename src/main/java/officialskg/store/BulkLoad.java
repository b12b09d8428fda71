package officialskg.store;

import officialskg.rdf.IriMinter;
import officialskg.store.text.KgTextIndex;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Bulk loading of a new store: article graphs are written as N-Quads to a staging folder, loaded there into a new
 * TDB2 database by TDB2's own bulk loader, indexed for full text in one pass, and only then moved into place. A
 * failure (or a kill) at any point leaves no store at the target: the target either does not exist or is complete.
 *
 * <p>Layout while loading: {@code <store>.bulk/} beside the store, holding {@code articles.nq}, {@code tdb2/} and
 * {@code tdb2-text/}. A staging folder left by a killed run is deleted by the next bulk load. The finished database
 * is moved first and its text index second; should the second move fail, the store opens and rebuilds its index,
 * as it does for any store without one.
 */
public final class BulkLoad implements AutoCloseable {

    /** TDB2's loaders; {@link #PHASED} is the default: fastest on few cores and moderate heaps (see docs/benchmarks.md). */
    public enum Loader { PHASED, PARALLEL, SEQUENTIAL, BASIC }

    private final Path target;
    private final Path staging;
    private final Path quadsFile;
    private final IriMinter iris;
    private final OutputStream out;
    private final StreamRDF quads;
    private boolean finished;

    private BulkLoad(Path target, Path staging, IriMinter iris) throws IOException {
        this.target = target;
        this.staging = staging;
        this.iris = iris;
        this.quadsFile = staging.resolve("articles.nq");
        this.out = new BufferedOutputStream(Files.newOutputStream(quadsFile), 1 << 16);
        this.quads = StreamRDFWriter.getWriterStream(out, Lang.NQUADS);
        quads.start();
    }

    /**
     * True when {@code dir} holds no store yet: absent, or an empty directory (or one holding only TDB2's lock file).
     * Such a store is what {@code --bulk auto} bulk-loads.
     */
    public static boolean isNew(Path dir) {
        if (!Files.isDirectory(dir)) {
            return !Files.exists(dir);
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.map(p -> p.getFileName().toString()).allMatch(n -> n.equals("tdb.lock"));
        } catch (IOException e) {
            return false;
        }
    }

    /** Starts a bulk load into {@code target}, which must be {@linkplain #isNew new}. */
    public static BulkLoad start(Path target, IriMinter iris) {
        Objects.requireNonNull(iris, "iris");
        Path absolute = target.toAbsolutePath().normalize();
        if (!isNew(absolute)) {
            throw new StoreException("cannot bulk-load into " + target + ": it already holds a store (bulk loading "
                    + "builds a new store; use --bulk off to add to an existing one)");
        }
        Path staging = absolute.resolveSibling(absolute.getFileName() + ".bulk");
        try {
            deleteTree(staging);
            Files.createDirectories(staging);
            return new BulkLoad(absolute, staging, iris);
        } catch (IOException e) {
            throw new StoreException("cannot bulk-load into " + target + ": cannot prepare " + staging + " ("
                    + TdbStore.reason(e) + ")", e);
        }
    }

    /**
     * Appends one article's graph to the staged N-Quads, with the same contract as
     * {@link KgStore#replaceArticle}: quads for any other graph are refused. Single-threaded, like ingest's writer.
     */
    public void writeArticle(String articleId, Consumer<StreamRDF> writer) {
        Node graph = NodeFactory.createURI(iris.articleGraph(articleId));
        // Held until the writer returns: an article whose writer fails leaves no quads behind, as in a transaction.
        List<Quad> held = new ArrayList<>();
        writer.accept(new GraphGuard(held::add, graph));
        held.forEach(quads::quad);
    }

    /** The staged N-Quads file (for measuring TDB2's loader alone on the same data). */
    public Path quadsFile() {
        return quadsFile;
    }

    /**
     * Loads the staged quads, builds the text index, adds the ontology and moves the store into place.
     *
     * @return time spent in each step
     */
    public Timing finish(Loader loader) {
        return finish(loader, null);
    }

    /** Same, keeping a copy of the staged N-Quads at {@code keepQuadsAs} (benchmarks load it again with TDB2 alone). */
    public Timing finish(Loader loader, Path keepQuadsAs) {
        long t0 = System.nanoTime();
        try {
            quads.finish();
            out.close();
            if (keepQuadsAs != null) {
                Files.copy(quadsFile, keepQuadsAs, StandardCopyOption.REPLACE_EXISTING);
            }
            Path db = staging.resolve("tdb2");
            long t1 = System.nanoTime();
            load(List.of(quadsFile), db, loader);
            long t2 = System.nanoTime();
            Path text = KgTextIndex.beside(db);
            buildTextIndex(db, text);
            // Opening adds the ontology graph (indexed through the store like every write) and the prefixes.
            TdbStore.open(db, iris).close();
            long t3 = System.nanoTime();
            Files.deleteIfExists(target.resolve("tdb.lock"));
            Files.deleteIfExists(target);
            deleteTree(KgTextIndex.beside(target));
            Files.move(db, target, StandardCopyOption.ATOMIC_MOVE);
            Files.move(text, KgTextIndex.beside(target), StandardCopyOption.ATOMIC_MOVE);
            finished = true;
            return new Timing(t1 - t0, t2 - t1, t3 - t2);
        } catch (IOException | RuntimeException e) {
            throw new StoreException("bulk load into " + target + " failed, no store was created: "
                    + TdbStore.reason(e), e);
        } finally {
            close();
        }
    }

    /** Nanoseconds spent flushing the N-Quads, in TDB2's loader, and building the text index and ontology. */
    public record Timing(long flushNanos, long loadNanos, long indexNanos) {
    }

    /** Drops the staging folder; a load not {@link #finish finished} leaves nothing behind. */
    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException ignored) {
            // The staging folder goes anyway.
        }
        try {
            deleteTree(staging);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the bulk-load staging folder " + staging, e);
        }
    }

    /** Loads N-Quads files into a new TDB2 database in {@code dir} with one of TDB2's loaders; nothing else. */
    public static long load(List<Path> files, Path dir, Loader loader) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(dir));
        try {
            MonitorOutput quiet = (format, args) -> { };
            DataLoader data = switch (loader) {
                case PHASED -> LoaderFactory.phasedLoader(dsg, quiet);
                case PARALLEL -> LoaderFactory.parallelLoader(dsg, quiet);
                case SEQUENTIAL -> LoaderFactory.sequentialLoader(dsg, quiet);
                case BASIC -> LoaderFactory.basicLoader(dsg, quiet);
            };
            data.startBulk();
            try {
                data.load(files.stream().map(Path::toString).toList());
                data.finishBulk();
            } catch (RuntimeException e) {
                data.finishException(e);
                throw e;
            }
            return data.countQuads();
        } finally {
            dsg.close();
            TDBInternal.expel(dsg);
        }
    }

    private static void buildTextIndex(Path db, Path textDir) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(db));
        try (TextIndexHandle index = new TextIndexHandle(KgTextIndex.onDisk(textDir))) {
            KgTextIndex.indexAll(dsg, index.index());
        } finally {
            dsg.close();
            TDBInternal.expel(dsg);
        }
    }

    private record TextIndexHandle(TextIndex index) implements AutoCloseable {
        @Override
        public void close() {
            index.close();
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** Passes on quads of one graph; triples go into it; any other graph is an error, as in the store. */
    private static final class GraphGuard extends org.apache.jena.riot.system.StreamRDFBase {
        private final Consumer<Quad> out;
        private final Node graph;

        GraphGuard(Consumer<Quad> out, Node graph) {
            this.out = out;
            this.graph = graph;
        }

        @Override
        public void triple(org.apache.jena.graph.Triple triple) {
            out.accept(Quad.create(graph, triple));
        }

        @Override
        public void quad(Quad quad) {
            if (quad.isTriple() || quad.isDefaultGraph()) {
                triple(quad.asTriple());
            } else if (quad.getGraph().equals(graph)) {
                out.accept(quad);
            } else {
                throw new StoreException("the writer for graph <" + graph.getURI() + "> tried to write into graph <"
                        + quad.getGraph() + ">");
            }
        }
    }
}
