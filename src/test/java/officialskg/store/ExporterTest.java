package officialskg.store;

import officialskg.rdf.IriMinter;
import officialskg.rdf.SampleArticles;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.rio.RDFHandlerException;
import org.eclipse.rdf4j.rio.helpers.AbstractRDFHandler;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExporterTest {

    @TempDir
    static Path dir;
    static TdbStore store;

    @BeforeAll
    static void fill() {
        store = Fixtures.threeArticles(TdbStore.open(dir.resolve("db"), Fixtures.IRIS));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static byte[] export(ExportFormat format, ExportSelection selection) {
        var out = new ByteArrayOutputStream();
        store.exporter().export(format, selection, out);
        return out.toByteArray();
    }

    static Graph parseGraph(byte[] bytes, Lang lang) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString(new String(bytes, StandardCharsets.UTF_8), lang).parse(graph);
        return graph;
    }

    static DatasetGraph parseDataset(byte[] bytes, Lang lang) {
        DatasetGraph dsg = DatasetGraphFactory.createGeneral();
        RDFParser.fromString(new String(bytes, StandardCharsets.UTF_8), lang).parse(dsg);
        return dsg;
    }

    @Test
    void turtleOfEverythingHoldsEveryDistinctTriple() {
        byte[] turtle = export(ExportFormat.TURTLE, ExportSelection.all());
        String text = new String(turtle, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("@prefix kg: <https://officials-kg.org/ontology#> ."), text.substring(0, 80));
        assertEquals(store.tripleCount(), parseGraph(turtle, Lang.TURTLE).size());
        // The software agent's triples are in every article graph, yet are written once.
        long written = store.exporter().export(ExportFormat.TURTLE, ExportSelection.all(), new ByteArrayOutputStream());
        assertEquals(store.tripleCount(), written);
    }

    @Test
    void jsonLdOfEverythingHoldsEveryDistinctTriple() {
        assertEquals(store.tripleCount(), parseGraph(export(ExportFormat.JSONLD, ExportSelection.all()),
                Lang.JSONLD).size());
    }

    @Test
    void trigKeepsTheNamedGraphs() {
        DatasetGraph read = parseDataset(export(ExportFormat.TRIG, ExportSelection.all()), Lang.TRIG);
        DatasetGraph stored = Fixtures.snapshot(store);
        assertEquals(4, read.size(), "three article graphs and the ontology graph");
        for (var graphs = stored.listGraphNodes(); graphs.hasNext(); ) {
            Node name = graphs.next();
            assertEquals(stored.getGraph(name).size(), read.getGraph(name).size(), name.toString());
            if (!name.getURI().equals(IriMinter.ONTOLOGY_GRAPH)) { // the shapes' blank nodes make matching slow
                assertTrue(IsoMatcher.isomorphic(stored.getGraph(name), read.getGraph(name)), name.toString());
            }
        }
    }

    @Test
    void oneArticleAsNQuads() {
        DatasetGraph read = parseDataset(export(ExportFormat.NQUADS, ExportSelection.article(SampleArticles.FORUM_ID)),
                Lang.NQUADS);
        DatasetGraph stored = Fixtures.snapshot(store);
        Node graph = NodeFactory.createURI(Fixtures.IRIS.articleGraph(SampleArticles.FORUM_ID));
        assertEquals(1, read.size());
        assertTrue(IsoMatcher.isomorphic(stored.getGraph(graph), read.getGraph(graph)));
    }

    @Test
    void oneEntityWithTheTriplesPointingToIt() {
        String mayor = Fixtures.IRIS.entityIri("person/오세훈");
        Graph read = parseGraph(export(ExportFormat.TURTLE, ExportSelection.entity(mayor)), Lang.TURTLE);
        Node node = NodeFactory.createURI(mayor);
        // type, prefLabel, kg:nameKey and kg:visited (the direct statement of the visit); pointing to it: kg:mentions from the
        // article, kg:refersTo from two mentions, kg:holder and kg:visitor of the relation nodes, org:member of the
        // tenure, rdf:subject of the visit's relation node.
        assertEquals(4, read.find(node, Node.ANY, Node.ANY).toList().size());
        assertEquals(7, read.find(Node.ANY, Node.ANY, node).toList().size());
        assertEquals(11, read.size());
    }

    @Test
    void aMissingArticleIsAClearErrorBeforeAnyOutput() {
        var out = new ByteArrayOutputStream();
        var e = assertThrows(StoreException.class,
                () -> store.exporter().export(ExportFormat.TURTLE, ExportSelection.article("없는-기사"), out));
        assertTrue(e.getMessage().contains("없는-기사"), e.getMessage());
        assertEquals(0, out.size());
    }

    /** Records what an export hands over; fails at the statement numbered {@code failAt} (1-based), and at the end. */
    static final class Recorder extends AbstractRDFHandler {
        final List<String> calls = new ArrayList<>();
        final int failAt;
        final boolean failAtEnd;
        int statements;

        Recorder(int failAt, boolean failAtEnd) {
            this.failAt = failAt;
            this.failAtEnd = failAtEnd;
        }

        @Override
        public void startRDF() {
            calls.add("start");
        }

        @Override
        public void handleNamespace(String prefix, String uri) {
            if (!calls.getLast().equals("namespace")) {
                calls.add("namespace");
            }
        }

        @Override
        public void handleStatement(Statement st) {
            if (++statements == failAt) {
                throw new RDFHandlerException("disk full");
            }
            if (!calls.getLast().equals("statement")) {
                calls.add("statement");
            }
        }

        @Override
        public void endRDF() {
            calls.add("end");
            if (failAtEnd) {
                throw new RDFHandlerException("cannot close");
            }
        }
    }

    @Test
    void theHandlerGetsOneWholeDocument() {
        Recorder recorder = new Recorder(-1, false);
        long written = store.exporter().export(ExportSelection.all(), false, recorder);
        assertEquals(List.of("start", "namespace", "statement", "end"), recorder.calls);
        assertEquals(store.tripleCount(), written);
        assertEquals(written, recorder.statements);
    }

    @Test
    void aFailureMidwayStillEndsTheDocument() {
        Recorder recorder = new Recorder(3, false);
        var e = assertThrows(RDFHandlerException.class,
                () -> store.exporter().export(ExportSelection.all(), true, recorder));
        assertEquals("disk full", e.getMessage());
        assertEquals(List.of("start", "namespace", "statement", "end"), recorder.calls);
    }

    @Test
    void aFailingEndDoesNotHideTheFirstFailure() {
        Recorder recorder = new Recorder(1, true);
        var e = assertThrows(RDFHandlerException.class,
                () -> store.exporter().export(ExportSelection.all(), false, recorder));
        assertEquals("disk full", e.getMessage());
        assertEquals("cannot close", e.getSuppressed()[0].getMessage());
        assertEquals(List.of("start", "namespace", "end"), recorder.calls);
        assertEquals("cannot close", assertThrows(RDFHandlerException.class,
                () -> store.exporter().export(ExportSelection.all(), false, new Recorder(-1, true))).getMessage());
    }

    @Test
    void aMissingSelectionStartsNoDocument() {
        Recorder recorder = new Recorder(-1, false);
        assertThrows(StoreException.class,
                () -> store.exporter().export(ExportSelection.article("없는-기사"), false, recorder));
        assertEquals(List.of(), recorder.calls);
    }
}
