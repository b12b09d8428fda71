package officialskg.pipeline;

import officialskg.article.InputFormat;
import officialskg.store.TdbStore;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Readers query the store while ingest writes it (first every article, then every article again, replacing each
 * graph): each article graph a reader sees is whole, i.e. it has exactly the quads it has at the end, never a
 * half-written or half-deleted graph, and no graph it saw before goes missing while it is replaced. One reader counts in its own transactions, one through SPARQL
 * ({@code store.queries()}), both on a real on-disk TDB2 store.
 */
class ConcurrentReadersTest {

    static final KgPipeline PIPELINE = new KgPipeline(PipelineSettings.defaults("test").withThreads(1));
    static final String COUNTS = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g";

    @TempDir
    Path dir;

    @Test
    void readersNeverSeeHalfAnArticle() throws Exception {
        List<Path> inputs = inputs();
        Map<String, Set<Long>> seen = new ConcurrentHashMap<>();
        List<Integer> graphsPerLook = new CopyOnWriteArrayList<>();
        List<Throwable> readerErrors = new CopyOnWriteArrayList<>();
        AtomicBoolean writing = new AtomicBoolean(true);
        Map<String, Long> finalCounts;
        try (TdbStore store = TdbStore.open(dir.resolve("store"), PIPELINE.iris())) {
            DatasetGraph graphs = store.datasetGraph();
            Runnable direct = () -> {
                Set<String> earlier = new HashSet<>();
                while (writing.get()) {
                    Map<String, Long> look = Txn.calculateRead(graphs, () -> {
                        Map<String, Long> counts = new HashMap<>();
                        List<Node> names = new ArrayList<>();
                        graphs.listGraphNodes().forEachRemaining(names::add);
                        for (Node g : names) {
                            counts.put(g.getURI(), (long) org.apache.jena.atlas.iterator.Iter.count(
                                    graphs.find(g, Node.ANY, Node.ANY, Node.ANY)));
                        }
                        return counts;
                    });
                    record(look, earlier, seen, graphsPerLook);
                }
            };
            Runnable sparql = () -> {
                Set<String> earlier = new HashSet<>();
                while (writing.get()) {
                    var result = store.queries().run(COUNTS, Map.of(), Duration.ofSeconds(60));
                    Map<String, Long> look = new HashMap<>();
                    for (int row = 0; row < result.size(); row++) {
                        look.put(result.text(row, "g").orElseThrow(),
                                Long.parseLong(result.text(row, "n").orElseThrow()));
                    }
                    record(look, earlier, seen, graphsPerLook);
                }
            };
            List<Thread> readers = new ArrayList<>();
            for (Runnable reader : List.of(direct, sparql)) {
                Thread t = Thread.ofPlatform().name("reader").start(() -> {
                    try {
                        reader.run();
                    } catch (Throwable e) {
                        readerErrors.add(e);
                        writing.set(false);
                    }
                });
                readers.add(t);
            }
            try {
                for (int pass = 1; pass <= 2; pass++) {
                    IngestReport report = PIPELINE.ingest().run(inputs, InputFormat.AUTO, store,
                            IngestListener.SILENT);
                    assertEquals(List.of(), report.skipped(), "pass " + pass);
                }
            } finally {
                writing.set(false);
                for (Thread t : readers) {
                    t.join();
                }
            }
            assertEquals(List.of(), readerErrors);
            finalCounts = Txn.calculateRead(graphs, () -> {
                Map<String, Long> counts = new TreeMap<>();
                graphs.listGraphNodes().forEachRemaining(g -> counts.put(g.getURI(),
                        (long) org.apache.jena.atlas.iterator.Iter.count(graphs.find(g, Node.ANY, Node.ANY,
                                Node.ANY))));
                return counts;
            });
        }
        Map<String, String> half = new TreeMap<>();
        seen.forEach((graph, counts) -> {
            if (!Set.of(finalCounts.get(graph)).equals(counts)) {
                half.put(graph, "seen " + new TreeSet<>(counts) + ", whole " + finalCounts.get(graph));
            }
        });
        assertEquals(Map.of(), half, "graphs seen with other than their whole size");
        assertEquals(finalCounts.keySet(), seen.keySet(), "every graph was seen by a reader");
        assertTrue(graphsPerLook.stream().distinct().count() > 2,
                "readers looked while articles were being added: graphs per look " + new TreeSet<>(graphsPerLook));
        System.out.printf("%d looks by the readers while %d article graphs were written twice%n",
                graphsPerLook.size(), finalCounts.size() - 1);
    }

    /** Notes one look; a graph seen by this reader before must still be there (a replace never shows a gap). */
    private static void record(Map<String, Long> look, Set<String> earlier, Map<String, Set<Long>> seen,
                               List<Integer> graphsPerLook) {
        Set<String> vanished = new TreeSet<>(earlier);
        vanished.removeAll(look.keySet());
        if (!vanished.isEmpty()) {
            throw new AssertionError("graphs vanished between two looks: " + vanished);
        }
        earlier.addAll(look.keySet());
        look.forEach((g, n) -> seen.computeIfAbsent(g, k -> ConcurrentHashMap.newKeySet()).add(n));
        graphsPerLook.add(look.size());
    }

    /** The bundled samples, and the first 24 Wikinews articles when the shared data is there. */
    private List<Path> inputs() throws IOException {
        List<Path> inputs = new ArrayList<>(List.of(Path.of("samples")));
        Path wikinews = Path.of("../shared/data/wikinews-ko.jsonl");
        if (Files.isRegularFile(wikinews)) {
            Path head = dir.resolve("wikinews-24.jsonl");
            try (var lines = Files.lines(wikinews, StandardCharsets.UTF_8)) {
                Files.write(head, lines.limit(24).toList(), StandardCharsets.UTF_8);
            }
            inputs.add(head);
        }
        return inputs;
    }
}
