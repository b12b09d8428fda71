package officialskg.rdf;

import org.apache.jena.graph.Graph;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

import java.util.ArrayList;
import java.util.List;

/** Validates a graph against the project's SHACL shapes ({@code ontology/shapes.ttl}, on the classpath). */
public final class ShaclCheck {

    private final Shapes shapes;

    public ShaclCheck() {
        this.shapes = Shapes.parse(OntologyFiles.load(OntologyFiles.SHAPES));
    }

    /** @param conforms whether the graph satisfies every shape; @param problems one line per violation */
    public record Result(boolean conforms, List<String> problems) {
    }

    public Result check(Graph data) {
        ValidationReport report = ShaclValidator.get().validate(shapes, data);
        List<String> problems = report.getEntries().stream().map(ShaclCheck::describe).toList();
        return new Result(report.conforms(), problems);
    }

    /**
     * Validates every named graph of a dataset on its own (the ontology graph excepted), as a store keeps one graph
     * per article: a label is one per article, while two articles may label one entity differently. Each problem
     * line starts with the graph's name. Runs in a read transaction of its own.
     *
     * @param graphs the number of graphs checked
     */
    public record DatasetResult(boolean conforms, int graphs, List<String> problems) {
    }

    public DatasetResult check(DatasetGraph dataset) {
        return Txn.calculateRead(dataset, () -> check(Iter.toList(dataset.listGraphNodes()), dataset::getGraph));
    }

    /** The same over graphs fetched one at a time by name (a remote store), the ontology graph excepted. */
    public DatasetResult check(Iterable<Node> names, java.util.function.Function<Node, Graph> graphs) {
        var problems = new ArrayList<String>();
        int checked = 0;
        for (Node name : names) {
            if (name.isURI() && name.getURI().equals(IriMinter.ONTOLOGY_GRAPH)) {
                continue;
            }
            checked++;
            Result result = check(graphs.apply(name));
            String graph = name.isURI() ? "<" + name.getURI() + ">" : name.toString();
            result.problems().forEach(p -> problems.add(graph + " " + p));
        }
        return new DatasetResult(problems.isEmpty(), checked, problems);
    }

    private static String describe(ReportEntry entry) {
        return entry.focusNode() + " " + (entry.resultPath() == null ? "" : entry.resultPath() + " ") + "— "
                + entry.message();
    }
}
