package officialskg.server.web;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.sys.TDBInternal;

import java.util.function.Supplier;

/**
 * A value computed from the store and kept while the store is unchanged. The key is TDB2's data version, which every
 * committed write transaction advances (an ingest or delete through the API, a SPARQL update, a graph store write),
 * together with the storage it belongs to (a compaction starts a new storage whose versions count afresh). The value
 * is computed inside the same read transaction the version is read in, so it is exactly the state the key names:
 * a write committing meanwhile gives the next request a new key, never a stale value under the new one.
 */
final class PerStoreVersion<T> {

    private record Entry<T>(DatasetGraphTDB storage, long version, T value) {
    }

    private final DatasetGraph dataset;
    /** The TDB2 database under the wrappers (text index, union graph) that may be around it. */
    private final DatasetGraph database;
    private volatile Entry<T> last;

    PerStoreVersion(DatasetGraph dataset) {
        this.dataset = dataset;
        DatasetGraph d = dataset;
        while (TDBInternal.getDatasetGraphTDB(d) == null && d instanceof DatasetGraphWrapper wrapper) {
            d = wrapper.getWrapped();
        }
        this.database = TDBInternal.getDatasetGraphTDB(d) == null ? null : d;
    }

    /** The value for the store as it is now, computed by {@code compute} (run in a read transaction) when new. */
    T get(Supplier<T> compute) {
        return Txn.calculateRead(dataset, () -> {
            if (database == null) {
                return compute.get(); // not TDB2: no version to key on
            }
            DatasetGraphTDB storage = TDBInternal.getDatasetGraphTDB(database);
            long version = storage.getTxnSystem().getTransactionInfo().getDataVersion();
            Entry<T> entry = last;
            if (entry != null && entry.storage() == storage && entry.version() == version) {
                return entry.value();
            }
            T value = compute.get();
            last = new Entry<>(storage, version, value);
            return value;
        });
    }
}
