package officialskg.server.sparql;

import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Fuseki's query operation with a row limit for anonymous queries: a SELECT, CONSTRUCT or DESCRIBE without a
 * LIMIT, or with a larger one, gets {@code maxRows}, which also lets ORDER BY keep only the top rows. The answer
 * says so in the header {@code KG-Row-Limit}.
 */
final class BoundedQuery extends SPARQL_QueryDataset {

    static final String ROW_LIMIT_HEADER = "KG-Row-Limit";

    private final int maxRows;

    BoundedQuery(int maxRows) {
        this.maxRows = maxRows;
    }

    @Override
    protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryStringLog) {
        Pair<DatasetGraph, Query> decided = super.decideDataset(action, query, queryStringLog);
        Query q = decided.getRight() == null ? query : decided.getRight();
        boolean anonymous = Boolean.TRUE.equals(action.getRequest().getAttribute(AccessGuard.ANONYMOUS));
        boolean rows = q.isSelectType() || q.isConstructType() || q.isDescribeType();
        if (anonymous && rows && (!q.hasLimit() || q.getLimit() > maxRows)) {
            q.setLimit(maxRows);
            action.getResponse().setHeader(ROW_LIMIT_HEADER, Integer.toString(maxRows));
        }
        return Pair.create(decided.getLeft(), q);
    }
}
