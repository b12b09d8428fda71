package officialskg.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;

import java.util.List;
import java.util.Optional;

/**
 * The complete answer of one query, read inside the query's transaction so it stays usable after it.
 *
 * @param variables SELECT: result variables, in order; otherwise empty
 * @param rows      SELECT: the rows; otherwise empty
 * @param answer    ASK: the answer; otherwise false
 * @param graph     CONSTRUCT/DESCRIBE: the graph; otherwise null
 * @param prefixes  the query's prefixes, for shortening IRIs in output
 */
public record QueryResult(Kind kind, List<Var> variables, List<Binding> rows, boolean answer, Graph graph,
                          PrefixMapping prefixes) {

    public enum Kind { SELECT, ASK, CONSTRUCT, DESCRIBE }

    public QueryResult {
        variables = List.copyOf(variables);
        rows = List.copyOf(rows);
    }

    public int size() {
        return rows.size();
    }

    /** The value of {@code variable} in row {@code row}, empty when unbound. */
    public Optional<Node> get(int row, String variable) {
        return Optional.ofNullable(rows.get(row).get(Var.alloc(variable)));
    }

    /** The lexical form of a literal or the text of an IRI, for tests and plain output; empty when unbound. */
    public Optional<String> text(int row, String variable) {
        return get(row, variable).map(n -> n.isLiteral() ? n.getLiteralLexicalForm()
                : n.isURI() ? n.getURI() : n.toString());
    }
}
