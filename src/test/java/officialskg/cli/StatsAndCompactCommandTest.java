package officialskg.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** {@code kg stats} and {@code kg compact} on a real TDB2 store holding the seed article, ingested twice. */
class StatsAndCompactCommandTest {

    @TempDir
    static Path dir;
    static Path store;

    @BeforeAll
    static void ingestTheSeedTwice() {
        assumeTrue(Files.exists(SharedDataIngestTest.SEED), "../shared is not beside the project");
        store = dir.resolve("store");
        for (int i = 0; i < 2; i++) {
            KgRun run = KgRun.of("ingest", SharedDataIngestTest.SEED.toString(), "--store", store.toString());
            assertEquals(0, run.exitCode(), run.toString());
        }
    }

    static JsonNode stats(String store) {
        KgRun run = KgRun.of("stats", "--format", "json", "--store", store);
        assertEquals(0, run.exitCode(), run.toString());
        return JsonMapper.builder().build().readTree(run.out());
    }

    @Test
    void statsCountTheGraphAndMeasureTheDisk() {
        JsonNode stats = stats(store.toString());
        assertEquals(1, stats.get("articles").asLong());
        assertEquals(2, stats.get("namedGraphs").asLong(), "the article and the ontology");
        assertTrue(stats.get("quads").asLong() >= stats.get("triples").asLong() - 1000, stats.toString());
        assertTrue(stats.get("persons").asLong() >= 2, "오세훈 and 최태원: " + stats);
        assertEquals(stats.get("persons").asLong(),
                stats.get("entitiesByType").get("https://schema.org/Person").asLong());
        assertTrue(stats.get("relationsByType").get("holdsPosition").asLong() >= 1, stats.toString());
        assertEquals("2024-01-08", stats.get("articleDates").get("first").asString());
        assertEquals("2024-01-08", stats.get("articleDates").get("last").asString());
        JsonNode disk = stats.get("disk");
        assertEquals(1, disk.get("generations").asInt());
        assertTrue(disk.get("tdb2Bytes").asLong() > 0 && disk.get("textIndexBytes").asLong() > 0, disk.toString());
        assertEquals(disk.get("tdb2Bytes").asLong() + disk.get("textIndexBytes").asLong(),
                disk.get("bytesPerArticle").asLong());

        KgRun table = KgRun.of("stats", "--store", store.toString());
        assertEquals(0, table.exitCode(), table.toString());
        assertTrue(table.out().contains("entities schema:Person") && table.out().contains("TDB2 generations"),
                table.out());
    }

    @Test
    void compactionShrinksTheStoreAndKeepsTheGraph() {
        JsonNode before = stats(store.toString());
        KgRun compact = KgRun.of("compact", "--store", store.toString());
        assertEquals(0, compact.exitCode(), compact.toString());
        assertTrue(compact.out().contains("in 1 generation ->") && compact.out().contains("total:"), compact.out());
        JsonNode after = stats(store.toString());
        assertEquals(before.get("triples"), after.get("triples"));
        assertEquals(before.get("quads"), after.get("quads"));
        assertEquals(1, after.get("disk").get("generations").asInt());
        assertTrue(after.get("disk").get("tdb2Bytes").asLong() < before.get("disk").get("tdb2Bytes").asLong(),
                "the second ingest's replaced blocks are gone: " + before.get("disk") + " -> " + after.get("disk"));
        assertTrue(Files.isDirectory(store.resolve("Data-0002")) && !Files.exists(store.resolve("Data-0001")));
    }

    @Test
    void compactNeedsAnEmbeddedStore() {
        KgRun remote = KgRun.of("compact", "--store", "http://127.0.0.1:9/ds");
        assertEquals(1, remote.exitCode(), remote.toString());
        assertTrue(remote.err().contains("kg compact needs an embedded TDB2 store directory"), remote.err());
        KgRun missing = KgRun.of("compact", "--store", dir.resolve("nothing-here").toString());
        assertEquals(1, missing.exitCode(), missing.toString());
        assertTrue(missing.err().contains("no store at"), missing.err());
    }
}
