package officialskg.cli;

import officialskg.rdf.IriMinter;
import officialskg.store.PlainFuseki;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@code --store http://…}: the seed article ingested through the command line into a second, plain Fuseki
 * (in-memory TDB2, loopback, free port; open and behind HTTP Basic), then queried, exported and validated through
 * the command line, and compared with what the embedded TDB2 store holds for the same input.
 */
class RemoteStoreTest {

    static final Path SEED = SharedDataIngestTest.SEED;

    @TempDir
    static Path dir;
    static Path embedded;
    static DatasetGraph embeddedGraphs;

    @BeforeAll
    static void ingestIntoTheEmbeddedStore() {
        assumeTrue(Files.exists(SEED), "../shared is not beside the project");
        embedded = dir.resolve("embedded");
        KgRun run = KgRun.of("ingest", SEED.toString(), "--store", embedded.toString());
        assertEquals(0, run.exitCode(), run.toString());
        embeddedGraphs = exportTrig(embedded.toString());
    }

    static DatasetGraph exportTrig(String store) {
        KgRun run = KgRun.of("export", "--format", "trig", "--store", store);
        assertEquals(0, run.exitCode(), run.toString());
        DatasetGraph graphs = DatasetGraphFactory.createGeneral();
        RDFParser.fromString(run.out(), Lang.TRIG).parse(graphs);
        return graphs;
    }

    /** Same graph names, and each graph isomorphic (the ontology graph by size: its shapes' blank nodes are slow). */
    static void assertSameGraphs(DatasetGraph expected, DatasetGraph actual) {
        assertSameGraphs(expected, actual, 2);
    }

    static void assertSameGraphs(DatasetGraph expected, DatasetGraph actual, int graphs) {
        List<Node> names = expected.stream().map(q -> q.getGraph()).distinct().sorted(
                java.util.Comparator.comparing(Node::toString)).toList();
        List<Node> actualNames = actual.stream().map(q -> q.getGraph()).distinct().sorted(
                java.util.Comparator.comparing(Node::toString)).toList();
        assertEquals(names, actualNames);
        assertEquals(graphs, names.size(), "the article graphs and the ontology graph");
        for (Node name : names) {
            assertEquals(expected.getGraph(name).size(), actual.getGraph(name).size(), name.toString());
            if (!name.getURI().equals(IriMinter.ONTOLOGY_GRAPH)) {
                assertTrue(IsoMatcher.isomorphic(expected.getGraph(name), actual.getGraph(name)), name.toString());
            }
        }
    }

    /** A query over the seed's thousand triples that would take hours: a triple cross product. */
    static Path crossProduct() {
        try {
            return Files.writeString(dir.resolve("cross.rq"),
                    "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }\n");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static String query(String store, String... args) {
        var all = new java.util.ArrayList<>(List.of(args));
        all.addAll(List.of("--format", "tsv", "--store", store));
        KgRun run = KgRun.of(all.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.toString());
        return run.out();
    }

    @Test
    void ingestQueryExportAndValidateAgainstAnOpenFuseki() {
        try (PlainFuseki fuseki = PlainFuseki.start(true, null)) {
            KgRun ingest = KgRun.of("ingest", SEED.toString(), "--store", fuseki.url());
            assertEquals(0, ingest.exitCode(), ingest.toString());
            assertTrue(ingest.out().contains("(store: " + fuseki.url() + ")"), ingest.out());

            assertSameGraphs(embeddedGraphs, exportTrig(fuseki.url()));
            String posts = query(fuseki.url(), "query", "person-posts", "--param", "person=오세훈");
            assertTrue(posts.contains("서울시장"), posts);
            assertEquals(query(embedded.toString(), "query", "person-posts", "--param", "person=오세훈"), posts);
            assertEquals(query(embedded.toString(), "query", "triple-count"), query(fuseki.url(), "query",
                    "triple-count"));

            KgRun slow = KgRun.of("query", crossProduct().toString(), "--timeout", "1", "--store", fuseki.url());
            assertEquals(1, slow.exitCode(), slow.toString());
            assertTrue(slow.err().contains("query stopped") && slow.err().contains("HTTP 503"),
                    "the server stopped it, not only the client: " + slow.err());

            // Re-ingest replaces the article's graph: nothing doubles.
            assertEquals(0, KgRun.of("ingest", SEED.toString(), "--store", fuseki.url()).exitCode());
            assertSameGraphs(embeddedGraphs, exportTrig(fuseki.url()));

            var remoteStats = StatsAndCompactCommandTest.stats(fuseki.url());
            var embeddedStats = StatsAndCompactCommandTest.stats(embedded.toString());
            for (String field : List.of("articles", "triples", "quads", "namedGraphs", "mentions", "entitiesByType",
                    "relationsByType", "articleDates")) {
                assertEquals(embeddedStats.get(field), remoteStats.get(field), field);
            }
            assertTrue(remoteStats.get("disk") == null, "no disk figures for a remote store");

            KgRun validate = KgRun.of("validate", "--store", fuseki.url());
            assertEquals(0, validate.exitCode(), validate.toString());
            assertTrue(validate.out().contains("1 graphs checked, conforms"), validate.out());
        }
    }

    @Test
    void aFusekiBehindBasicAuthTakesCredentialsFromTheUrl() {
        try (PlainFuseki fuseki = PlainFuseki.start(true, dir)) {
            KgRun refused = KgRun.of("ingest", SEED.toString(), "--store", fuseki.url());
            assertEquals(1, refused.exitCode(), refused.toString());
            assertTrue(refused.err().contains("HTTP 401") && refused.err().contains("KG_STORE_USER"),
                    refused.err());

            KgRun ingest = KgRun.of("ingest", SEED.toString(), "--store", fuseki.urlWithCredentials());
            assertEquals(0, ingest.exitCode(), ingest.toString());
            assertFalse(ingest.out().contains(PlainFuseki.PASSWORD), "the password is never printed");
            assertSameGraphs(embeddedGraphs, exportTrig(fuseki.urlWithCredentials()));
        }
    }

    @Test
    void aDatasetWhoseDefaultGraphIsNotTheUnionIsRefusedWithTheReason() {
        try (PlainFuseki fuseki = PlainFuseki.start(false, null)) {
            assertEquals(0, KgRun.of("ingest", SEED.toString(), "--store", fuseki.url()).exitCode());
            KgRun query = KgRun.of("query", "triple-count", "--store", fuseki.url());
            assertEquals(1, query.exitCode(), query.toString());
            assertTrue(query.err().contains("unionDefaultGraph"), query.err());
        }
    }

    @Test
    void serveAndAnUnreachableStoreAreClearUserErrors() {
        KgRun serve = KgRun.of("serve", "--store", "http://127.0.0.1:9/ds");
        assertEquals(1, serve.exitCode(), serve.toString());
        assertTrue(serve.err().contains("needs an embedded TDB2 store directory"), serve.err());

        KgRun query = KgRun.of("query", "triple-count", "--store", "http://127.0.0.1:9/ds");
        assertEquals(1, query.exitCode(), query.toString());
        assertTrue(query.err().contains("cannot reach remote store http://127.0.0.1:9/ds"), query.err());
    }
}
