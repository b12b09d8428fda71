package officialskg.store;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.system.Txn;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/** Queries on an embedded dataset, each in a read transaction of its own. */
final class DatasetQueryTarget implements QueryTarget {

    private final DatasetGraph dataset;

    DatasetQueryTarget(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    @Override
    public <T> T execute(Query query, Binding substitution, Duration timeout, Function<QueryExec, T> use) {
        try {
            return Txn.calculateRead(dataset, () -> {
                QueryExecBuilder builder = QueryExec.dataset(dataset).query(query).substitution(substitution);
                if (!timeout.isZero()) {
                    builder.timeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
                }
                try (QueryExec exec = builder.build()) {
                    return use.apply(exec);
                }
            });
        } catch (QueryCancelledException e) {
            throw new StoreException("query stopped: it ran longer than its time limit of " + timeout.toMillis()
                    + " ms", e);
        }
    }
}
