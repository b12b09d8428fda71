package officialskg.cli;

import officialskg.rdf.IriMinter;
import officialskg.store.StoreAudit;
import officialskg.store.TdbStore;
import officialskg.store.text.KgTextIndex;
import officialskg.vocab.Schema;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.lucene.index.SegmentInfos;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Crash safety: {@code kg ingest} runs in a child JVM over real Wikinews articles and is killed with SIGKILL at
 * seeded random moments, several rounds in a row. After each round the store must open; every article graph must be
 * whole (the same quads as the article has after the final, clean run) or absent; the text index must hold exactly
 * the documents of the stored graphs (a stored article is found by {@code text:query}, an aborted one leaves
 * nothing). A final run completes the rest: every article once, none twice.
 *
 * <p>The CI variant ingests 200 articles with 3 kills. The full variant (1,000 articles, 5 kills) runs with
 * {@code ./mvnw -B -o test -Dtest=KilledIngestTest -Dkg.longTests=true}.
 */
class KilledIngestTest {

    private static final IriMinter IRIS = new IriMinter();

    @TempDir
    Path dir;

    @BeforeAll
    static void sharedData() {
        WikinewsCorpus.assumePresent();
    }

    @Test
    void killedIngestLeavesEveryArticleWholeOrAbsent() throws Exception {
        run(200, 3, 40, 20241201L);
    }

    @Test
    @EnabledIfSystemProperty(named = "kg.longTests", matches = "true")
    void thousandArticlesKilledFiveTimes() throws Exception {
        run(1000, 5, 600, 6L);
    }

    /**
     * A bulk load into a new store builds everything beside the target and moves it into place only when complete:
     * killed at any moment, it leaves either no store at all or the complete one, and the next run (which bulk-loads
     * again, clearing the leftover staging folder) stores every article once.
     */
    @Test
    void killedBulkLoadLeavesNoStoreOrAWholeOne() throws Exception {
        int articles = 120;
        Path input = dir.resolve("bulk.jsonl");
        List<String> ids = WikinewsCorpus.write(input, articles);
        Random random = new Random(7L);
        for (int round = 1; round <= 3; round++) {
            Path store = dir.resolve("bulk-store-" + round);
            Path log = dir.resolve("bulk-" + round + ".log");
            Process child = KgProcess.start(log, List.of("-Xmx1g"), "ingest", input.toString(), "--store",
                    store.toString(), "--threads", "2", "--bulk", "on");
            Path staging = store.resolveSibling(store.getFileName() + ".bulk");
            long started = System.currentTimeMillis();
            while (child.isAlive() && !Files.exists(staging) && System.currentTimeMillis() - started < 300_000) {
                Thread.sleep(10);
            }
            // Somewhere in analysis, staging, loading or indexing (a round may also end before its kill).
            int delay = random.nextInt(round * 4000);
            Thread.sleep(delay);
            boolean killed = child.isAlive();
            child.destroyForcibly().waitFor(1, TimeUnit.MINUTES);
            System.out.printf("bulk round %d: %s %d ms after staging began; store in place: %s%n", round,
                    killed ? "killed" : "ended before the kill,", delay, Files.exists(store));
            if (Files.exists(store)) {
                StoreAudit whole = StoreAudit.of(store, IRIS);
                assertEquals(new TreeSet<>(ids), whole.articleIds(), "a store in place is complete: " + log);
            }
            assertTrue(!Files.exists(KgTextIndex.beside(store)) || Files.exists(store), "no index without a store");
            Path again = dir.resolve("bulk-again-" + round + ".log");
            Process rerun = KgProcess.start(again, List.of("-Xmx1g"), "ingest", input.toString(), "--store",
                    store.toString(), "--threads", "2");
            assertTrue(rerun.waitFor(20, TimeUnit.MINUTES), "the re-run ends");
            assertEquals(0, rerun.exitValue(), Files.readString(again));
            StoreAudit done = StoreAudit.of(store, IRIS);
            assertEquals(new TreeSet<>(ids), done.articleIds(), "every article once after round " + round);
            assertEquals(articles + 1, done.quadsPerGraph().size(), "the article graphs and the ontology graph only");
            assertEquals(Map.of(), done.indexMismatches(done.docsAfter()));
            assertEquals(0, done.strayDocsAfter());
        }
    }

    /**
     * Each round kills the child after a random number of commits since it opened the store (each article is one
     * commit; every run starts again at the first article, replacing the graphs stored before), plus a random part of
     * the next one: the kill lands while an article is analyzed or written, in a commit, or just after one.
     *
     * @param maxCommits the most commits a round may reach before its kill
     */
    private void run(int articles, int rounds, int maxCommits, long seed) throws Exception {
        Path input = dir.resolve("articles.jsonl");
        List<String> ids = WikinewsCorpus.write(input, articles);
        Path store = dir.resolve("store");
        Random random = new Random(seed);
        List<Map<String, Long>> seen = new ArrayList<>();
        Map<String, Graph> samples = new HashMap<>();
        Set<String> storedBefore = Set.of();
        for (int round = 1; round <= rounds; round++) {
            Path log = dir.resolve("round-" + round + ".log");
            long started = System.nanoTime();
            // One transaction per article (a new store would otherwise be bulk-loaded: see the bulk test below).
            Process child = KgProcess.start(log, List.of("-Xmx1g"), "ingest", input.toString(), "--store",
                    store.toString(), "--threads", "2", "--bulk", "off");
            awaitStoreOpen(child, store, log);
            long atOpen = commitGeneration(store);
            int killAt = 1 + random.nextInt(maxCommits);
            int extra = random.nextInt(400);
            awaitCommits(child, store, atOpen + killAt);
            boolean finished = child.waitFor(extra, TimeUnit.MILLISECONDS);
            if (!finished) {
                child.destroyForcibly();
                assertTrue(child.waitFor(60, TimeUnit.SECONDS), "killed child ends");
            }
            long commits = commitGeneration(store) - atOpen;
            long killedAfter = (System.nanoTime() - started) / 1_000_000;

            // Every other kill is followed directly by the next run, which then recovers the store itself.
            if (round % 2 == 0 && round < rounds) {
                System.out.printf("round %d: %s %d ms after commit %d (%d commits in all, %d ms after start); store"
                                + " not opened before the next round%n", round, finished ? "finished" : "killed", extra,
                        killAt, commits, killedAfter);
                continue;
            }
            StoreAudit audit = StoreAudit.of(store, IRIS);
            Set<String> stored = audit.articleIds();
            System.out.printf("round %d: %s %d ms after commit %d (%d commits in all, %d ms after start); %d"
                            + " articles stored; index %s before recovery (%d graphs off, %d stray documents)%n",
                    round, finished ? "finished" : "killed", extra, killAt, commits, killedAfter, stored.size(),
                    audit.indexMismatches(audit.docsBefore()).isEmpty() && audit.strayDocsBefore() == 0
                            ? "consistent" : "INCONSISTENT",
                    audit.indexMismatches(audit.docsBefore()).size(), audit.strayDocsBefore());
            assertTrue(ids.containsAll(stored), "only articles of the input: " + stored);
            assertTrue(stored.containsAll(storedBefore), "a committed article survives later kills");
            assertEquals(Map.of(), audit.indexMismatches(audit.docsAfter()), "index matches the graphs");
            assertEquals(0, audit.strayDocsAfter(), "no index documents of absent graphs");
            Map<String, Long> counts = new HashMap<>();
            stored.forEach(id -> counts.put(id, audit.quadsOf(IRIS, id)));
            seen.add(counts);
            sampleAndSearch(store, new ArrayList<>(stored), random, samples);
            storedBefore = stored;
        }

        Path log = dir.resolve("final.log");
        Process last = KgProcess.start(log, List.of("-Xmx1g"), "ingest", input.toString(), "--store",
                store.toString(), "--threads", "2", "--bulk", "off");
        assertTrue(last.waitFor(30, TimeUnit.MINUTES), "final run ends");
        assertEquals(0, last.exitValue(), Files.readString(log));
        String summary = Files.readString(log);
        assertTrue(summary.contains("articles read: " + articles + ", stored: " + articles + ", skipped: 0"),
                summary);

        StoreAudit done = StoreAudit.of(store, IRIS);
        assertEquals(new TreeSet<>(ids), done.articleIds(), "every article once");
        assertEquals(articles + 1, done.quadsPerGraph().size(), "the article graphs and the ontology graph only");
        assertEquals(Map.of(), done.indexMismatches(done.docsAfter()));
        assertEquals(0, done.strayDocsAfter());
        for (int i = 0; i < seen.size(); i++) {
            for (var e : seen.get(i).entrySet()) {
                assertEquals(done.quadsOf(IRIS, e.getKey()), e.getValue(),
                        "article " + e.getKey() + " was whole after audited round " + (i + 1));
            }
        }
        try (TdbStore s = TdbStore.open(store, IRIS)) {
            for (var e : samples.entrySet()) {
                assertTrue(e.getValue().isIsomorphicWith(copyOf(s, e.getKey())),
                        "graph of " + e.getKey() + " after a kill is the one of the clean run");
            }
        }
        System.out.printf("final run: %d articles, %d quads in article graphs, %d graphs compared whole%n",
                done.articleIds().size(),
                done.quadsPerGraph().entrySet().stream().filter(e -> !e.getKey().equals(IriMinter.ONTOLOGY_GRAPH))
                        .mapToLong(Map.Entry::getValue).sum(),
                seen.stream().mapToInt(Map::size).sum());
    }

    /** Waits until the child has opened the store (its open marker is newer than the child), in milliseconds. */
    private static long awaitStoreOpen(Process child, Path store, Path log) throws Exception {
        long started = System.currentTimeMillis();
        Path marker = KgTextIndex.beside(store).resolve(StoreAudit.OPEN_MARKER);
        while (true) {
            if (Files.exists(marker)) {
                try {
                    if (Files.getLastModifiedTime(marker).toMillis() >= started - 1000
                            && Files.size(marker) > 0) {
                        return System.currentTimeMillis() - started;
                    }
                } catch (IOException e) {
                    // removed between the two calls: look again
                }
            }
            if (!child.isAlive()) {
                fail("the child ended before opening the store: " + Files.readString(log));
            }
            if (System.currentTimeMillis() - started > 300_000) {
                child.destroyForcibly();
                fail("the child did not open the store within 5 minutes");
            }
            Thread.sleep(20);
        }
    }

    /**
     * Waits until the text index reaches commit generation {@code generation} (or the child ends): every article
     * write commits the index too, since each article has indexed text.
     */
    private static void awaitCommits(Process child, Path store, long generation) throws Exception {
        while (child.isAlive() && commitGeneration(store) < generation) {
            Thread.sleep(5);
        }
    }

    /** The generation of the text index's last commit ({@code segments_N}), -1 before the first. */
    private static long commitGeneration(Path store) throws IOException {
        try (var files = Files.list(KgTextIndex.beside(store))) {
            return SegmentInfos.getLastCommitGeneration(files.map(f -> f.getFileName().toString())
                    .toArray(String[]::new));
        }
    }

    /**
     * Keeps a copy of up to two stored graphs for an isomorphism check against the final run, and searches one
     * stored article by the words of its headline: a committed article must be found.
     */
    private static void sampleAndSearch(Path store, List<String> stored, Random random, Map<String, Graph> samples) {
        if (stored.isEmpty()) {
            return;
        }
        try (TdbStore s = TdbStore.open(store, IRIS)) {
            for (int i = 0; i < 2; i++) {
                String id = stored.get(random.nextInt(stored.size()));
                samples.putIfAbsent(id, copyOf(s, id));
            }
            String id = stored.get(random.nextInt(stored.size()));
            String article = IRIS.articleIri(id);
            String headline = Txn.calculateRead(s.datasetGraph(), () -> s.datasetGraph()
                    .find(NodeFactory.createURI(IRIS.articleGraph(id)), NodeFactory.createURI(article),
                            Schema.headline.asNode(), null)
                    .next().getObject().getLiteralLexicalForm());
            var query = new ParameterizedSparqlString("""
                    PREFIX text: <http://jena.apache.org/text#>
                    SELECT DISTINCT ?s WHERE { ?s text:query (?q 10000) }""");
            query.setLiteral("q", "\"" + headline.replace("\"", " ").replace("\\", " ") + "\"");
            Set<String> found = new LinkedHashSet<>();
            Txn.executeRead(s.datasetGraph(), () -> QueryExec.dataset(s.datasetGraph()).query(query.asQuery())
                    .select().forEachRemaining(row -> found.add(row.get("s").getURI())));
            assertTrue(found.contains(article), "stored article " + id + " is found by its headline: " + headline);
        }
    }

    private static Graph copyOf(TdbStore store, String id) {
        return Txn.calculateRead(store.datasetGraph(), () -> {
            Graph copy = GraphFactory.createDefaultGraph();
            store.datasetGraph().getGraph(NodeFactory.createURI(IRIS.articleGraph(id))).find()
                    .forEachRemaining(copy::add);
            return copy;
        });
    }
}
