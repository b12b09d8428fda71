package officialskg.pipeline;

import officialskg.article.InputFormat;
import officialskg.store.BulkLoad;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Ingest into a new store through TDB2's bulk loader: the same analysis and the same per-article write path as
 * {@link Ingest}, but the graphs go to an N-Quads staging file, which is then loaded, indexed and moved into place
 * ({@link BulkLoad}). Much faster than one transaction per article when a store is built from scratch; nothing is
 * left at the target if it fails.
 */
public final class BulkIngest {

    /** {@code auto}: bulk-load when the store is new or empty, else one transaction per article. */
    public enum Mode {
        AUTO, ON, OFF;

        public static Mode parse(String value) {
            try {
                return valueOf(value.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--bulk must be auto, on or off, was " + value);
            }
        }

        /** Whether ingest into {@code storeDir} should bulk-load. */
        public boolean bulkLoads(Path storeDir) {
            return switch (this) {
                case ON -> true;
                case OFF -> false;
                case AUTO -> BulkLoad.isNew(storeDir);
            };
        }
    }

    /**
     * What a bulk ingest did and where the time went.
     *
     * @param analyzeNanos reading, analysis and writing the staged N-Quads (the parallel part)
     * @param timing       the store-only steps: TDB2's loader, then the text index and ontology
     */
    public record Result(IngestReport report, long analyzeNanos, BulkLoad.Timing timing) {

        public long storeNanos() {
            return timing.flushNanos() + timing.loadNanos() + timing.indexNanos();
        }
    }

    private final Ingest ingest;
    private final officialskg.rdf.IriMinter iris;
    private final BulkLoad.Loader loader;

    BulkIngest(Ingest ingest, officialskg.rdf.IriMinter iris, BulkLoad.Loader loader) {
        this.ingest = ingest;
        this.iris = iris;
        this.loader = loader;
    }

    /** This bulk ingest limited to the articles of one shard (see {@link Ingest#onShard}). */
    public BulkIngest onShard(Shard shard) {
        return new BulkIngest(ingest.onShard(shard), iris, loader);
    }

    public Result run(List<Path> paths, InputFormat format, Path storeDir, IngestListener listener) {
        return run(paths, format, storeDir, listener, null);
    }

    /** Same, keeping a copy of the staged N-Quads at {@code keepQuadsAs} when not null (for benchmarks). */
    public Result run(List<Path> paths, InputFormat format, Path storeDir, IngestListener listener,
                      Path keepQuadsAs) {
        try (BulkLoad bulk = BulkLoad.start(storeDir, iris)) {
            long t0 = System.nanoTime();
            IngestReport report = ingest.run(paths, format, bulk::writeArticle, officialskg.resolve.EntityLookup.NONE, listener);
            long analyzed = System.nanoTime() - t0;
            return new Result(report, analyzed, bulk.finish(loader, keepQuadsAs));
        }
    }
}
