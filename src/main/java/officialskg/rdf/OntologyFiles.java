package officialskg.rdf;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The ontology Turtle files, read from the classpath where the build copies the top-level {@code ontology/} folder
 * (pom {@code <resources>}, target path {@code officialskg/ontology}). The files are named, not listed, because a
 * jar cannot be listed portably and because later reference data (the gazetteer) belongs in a graph of its own.
 */
public final class OntologyFiles {

    public static final String RESOURCE_FOLDER = "officialskg/ontology/";
    public static final String ONTOLOGY = "officials-kg.ttl";
    public static final String SHAPES = "shapes.ttl";

    /** The files stored in {@link IriMinter#ONTOLOGY_GRAPH}. */
    public static final List<String> ONTOLOGY_GRAPH_FILES = List.of(ONTOLOGY, SHAPES);

    private OntologyFiles() {
    }

    public static Graph load(String fileName) {
        Graph graph = GraphFactory.createDefaultGraph();
        loadInto(fileName, graph);
        return graph;
    }

    /** The union of {@link #ONTOLOGY_GRAPH_FILES}: what the ontology graph of a store should hold. */
    public static Graph ontologyGraph() {
        Graph graph = GraphFactory.createDefaultGraph();
        ONTOLOGY_GRAPH_FILES.forEach(name -> loadInto(name, graph));
        return graph;
    }

    private static void loadInto(String fileName, Graph graph) {
        String resource = RESOURCE_FOLDER + fileName;
        try (InputStream in = OntologyFiles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("classpath resource " + resource
                        + " is missing: the build copies ontology/" + fileName + " there");
            }
            RDFParser.source(in).lang(Lang.TURTLE).base("https://officials-kg.org/ontology").parse(graph);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read classpath resource " + resource, e);
        }
    }
}
