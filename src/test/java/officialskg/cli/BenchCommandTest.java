package officialskg.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code kg generate}, {@code kg ingest --bulk} and {@code kg bench} end to end on a tiny corpus. */
class BenchCommandTest {

    @TempDir
    Path dir;

    private Path generate(String name, int articles, long seed) {
        Path file = dir.resolve(name);
        KgRun run = KgRun.of("generate", "--articles", String.valueOf(articles), "--seed", String.valueOf(seed),
                "--source", "samples", "-o", file.toString());
        assertEquals(0, run.exitCode(), run.toString());
        return file;
    }

    @Test
    void newCommandsHaveHelpAndCheckTheirArguments() {
        for (String command : new String[] {"generate", "bench"}) {
            KgRun run = KgRun.of(command, "--help");
            assertEquals(0, run.exitCode(), run.toString());
            assertTrue(run.out().contains("Usage: kg " + command), run.toString());
        }
        KgRun both = KgRun.of("bench", "--input", "x.jsonl", "--articles", "3");
        assertEquals(1, both.exitCode(), both.toString());
        KgRun badBulk = KgRun.of("ingest", "samples", "--store", dir.resolve("s").toString(), "--bulk", "maybe");
        assertEquals(1, badBulk.exitCode(), badBulk.toString());
        assertTrue(badBulk.err().contains("--bulk must be auto, on or off"), badBulk.toString());
    }

    @Test
    void generateIsDeterministic() throws Exception {
        byte[] a = Files.readAllBytes(generate("a.jsonl", 12, 5));
        byte[] b = Files.readAllBytes(generate("b.jsonl", 12, 5));
        assertArrayEquals(a, b);
        assertEquals(12, new String(a, StandardCharsets.UTF_8).lines().count());
        KgRun bad = KgRun.of("generate", "--articles", "3", "--source", dir.resolve("none.jsonl").toString(),
                "-o", dir.resolve("c.jsonl").toString());
        assertEquals(1, bad.exitCode(), bad.toString());
        assertTrue(bad.err().contains("none.jsonl"), bad.toString());
    }

    @Test
    void ingestBulkLoadsANewStoreAndRefusesBulkIntoAFullOne() {
        Path corpus = generate("c.jsonl", 4, 1);
        Path store = dir.resolve("store");
        KgRun first = KgRun.of("ingest", corpus.toString(), "--store", store.toString());
        assertEquals(0, first.exitCode(), first.toString());
        assertTrue(first.out().contains("stored: 4") && first.out().contains("bulk-loaded"), first.toString());
        KgRun forced = KgRun.of("ingest", corpus.toString(), "--store", store.toString(), "--bulk", "on");
        assertEquals(1, forced.exitCode(), forced.toString());
        assertTrue(forced.err().contains("already holds a store"), forced.toString());
        KgRun again = KgRun.of("ingest", corpus.toString(), "--store", store.toString());
        assertEquals(0, again.exitCode(), again.toString());
        assertFalse(again.out().contains("bulk-loaded"), again.toString());
        KgRun count = KgRun.of("query", "article-count", "--store", store.toString(), "--format", "csv");
        assertTrue(count.out().contains("4"), count.toString());
    }

    @Test
    void benchPrintsAndWritesItsReport() throws Exception {
        Path corpus = generate("bench.jsonl", 6, 3);
        Path doc = dir.resolve("docs/benchmarks.md");
        String[] args = {"bench", "--input", corpus.toString(), "--speed-articles", "2", "--rounds", "1",
                "--per-article", "2", "--query-runs", "1", "--markdown", doc.toString(), "--threads", "2",
                "--work", dir.resolve("work").toString()};
        KgRun run = KgRun.of(args);
        assertEquals(0, run.exitCode(), run.toString());
        for (String expected : new String[] {"extraction / Nori speed ratio", "ratio ingest / TDB2 loader",
                "texts shared out over 2 threads", "(1 thread, first 2 articles,", "full extraction on 2 threads / Nori on 1 thread",
                "in use after full or mixed collections", "KB per article", "| person-posts |", "| top-entities |",
                "JDK:"}) {
            assertTrue(run.out().contains(expected), expected + " in\n" + run.out());
        }
        // the speed ratio by both clocks, wall first (bold), then CPU time of the thread
        assertTrue(java.util.regex.Pattern.compile("\\| \\*\\*extraction / Nori speed ratio\\*\\* \\(wall clock; "
                + "CPU time of the thread\\) \\| \\*\\*\\d+\\.\\d{3}\\*\\*; \\d+\\.\\d{3} \\|").matcher(run.out()).find(),
                run.out());
        assertFalse(run.out().contains("skipped: no value"), run.out());
        assertFalse(Files.exists(dir.resolve("work")), "scratch folder removed");
        String written = Files.readString(doc);
        assertTrue(written.contains("<!-- bench:bench.jsonl -->") && written.contains("| triple-count |"), written);
        Files.writeString(doc, written.replace("# Benchmarks", "# Benchmarks\n\nHand-written notes stay."));
        assertEquals(0, KgRun.of(args).exitCode());
        String rewritten = Files.readString(doc);
        assertTrue(rewritten.contains("Hand-written notes stay."), rewritten);
        assertEquals(1, rewritten.split("<!-- bench:bench.jsonl -->", -1).length - 1, "the section is replaced");
    }

    @Test
    void speedIsTimedAfterTwoMillionCharactersOfWarmUp() {
        assertEquals(21, ExtractionSpeed.warmUpPasses(96_995)); // the first 200 Wikinews articles
        assertEquals(5, ExtractionSpeed.warmUpPasses(452_545)); // all 604
        assertEquals(1, ExtractionSpeed.warmUpPasses(5_000_000));
        assertEquals(100, ExtractionSpeed.warmUpPasses(0)); // empty texts: bounded
    }
}
