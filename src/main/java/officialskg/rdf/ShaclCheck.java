package officialskg.rdf;

import org.apache.jena.graph.Graph;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;

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

    private static String describe(ReportEntry entry) {
        return entry.focusNode() + " " + (entry.resultPath() == null ? "" : entry.resultPath() + " ") + "— "
                + entry.message();
    }
}
