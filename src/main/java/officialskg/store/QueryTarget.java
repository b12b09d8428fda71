package officialskg.store;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;

import java.time.Duration;
import java.util.function.Function;

/**
 * Where a SPARQL query runs: the embedded dataset (inside a read transaction) or a remote query endpoint (one HTTP
 * request). {@link QueryRunner}, {@link Exporter} and {@link StoreStatistics} are written against this alone, so they
 * work the same on every {@link KgStore}.
 */
public interface QueryTarget {

    /** No time limit (exports stream for as long as the store is large). */
    Duration NO_TIMEOUT = Duration.ZERO;

    /**
     * Runs {@code query} with the variables of {@code substitution} replaced by its terms, and hands the execution
     * to {@code use} while it is open (results stream; they must be consumed, or detached, inside {@code use}).
     * A query that outlasts {@code timeout} (unless {@link #NO_TIMEOUT}) is stopped with a {@link StoreException};
     * so is a query the store cannot answer.
     */
    <T> T execute(Query query, Binding substitution, Duration timeout, Function<QueryExec, T> use);
}
