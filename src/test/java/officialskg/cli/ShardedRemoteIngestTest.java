package officialskg.cli;

import officialskg.article.InputFormat;
import officialskg.pipeline.IngestListener;
import officialskg.pipeline.IngestReport;
import officialskg.pipeline.KgPipeline;
import officialskg.pipeline.PipelineSettings;
import officialskg.pipeline.Shard;
import officialskg.store.KgStore;
import officialskg.store.PlainFuseki;
import officialskg.store.StoreLocation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@code --shard k/N}: three workers ingest the same 24 Wikinews articles at the same time into one remote Fuseki,
 * each its own shard, and the store ends up holding exactly what one embedded ingest of the 24 holds.
 */
class ShardedRemoteIngestTest {

    @TempDir
    static Path dir;
    static Path articles;

    @BeforeAll
    static void firstArticles() throws Exception {
        assumeTrue(Files.exists(SharedDataIngestTest.WIKINEWS), "../shared is not beside the project");
        articles = dir.resolve("wikinews-24.jsonl");
        try (var lines = Files.lines(SharedDataIngestTest.WIKINEWS)) {
            Files.write(articles, lines.limit(24).toList());
        }
    }

    @Test
    void threeConcurrentShardsStoreEveryArticleOnceAndTheSameGraphs() throws Exception {
        Path embedded = dir.resolve("embedded");
        assertEquals(0, KgRun.of("ingest", articles.toString(), "--store", embedded.toString()).exitCode());

        // One pipeline (the models load once) shared by three workers, each with its own connection.
        KgPipeline pipeline = new KgPipeline(PipelineSettings.defaults(KgVersion.current()).withThreads(1));
        try (PlainFuseki fuseki = PlainFuseki.start(true, null);
             var workers = Executors.newFixedThreadPool(3)) {
            List<Future<IngestReport>> reports = new ArrayList<>();
            for (int k = 1; k <= 3; k++) {
                Shard shard = new Shard(k, 3);
                reports.add(workers.submit(() -> {
                    try (KgStore store = pipeline.openStore(StoreLocation.parse(fuseki.url(), Map.of()))) {
                        return pipeline.ingest().onShard(shard).run(List.of(articles), InputFormat.AUTO, store,
                                IngestListener.SILENT);
                    }
                }));
            }
            long stored = 0;
            for (Future<IngestReport> report : reports) {
                assertTrue(report.get().skipped().isEmpty(), report.get().skipped().toString());
                assertTrue(report.get().stored() > 0, "each shard holds some of the 24: " + report.get().summary());
                stored += report.get().stored();
            }
            assertEquals(24, stored);

            var expected = RemoteStoreTest.exportTrig(embedded.toString());
            var actual = RemoteStoreTest.exportTrig(fuseki.url());
            RemoteStoreTest.assertSameGraphs(expected, actual, 25);
        }
    }

    @Test
    void theCommandLineTakesOneShardAndSaysSo() {
        Path store = dir.resolve("one-shard");
        KgRun run = KgRun.of("ingest", articles.toString(), "--shard", "2/3", "--store", store.toString());
        assertEquals(0, run.exitCode(), run.toString());
        // The ids of the first 24 lines by SHA-256 mod 3 (computed apart, with Python's hashlib): 6 have remainder 1.
        assertTrue(run.out().contains("stored: 6,") && run.out().contains("shard 2/3 (18 articles left to other "
                + "shards)"), run.out());

        KgRun bad = KgRun.of("ingest", articles.toString(), "--shard", "4/3", "--store", store.toString());
        assertEquals(1, bad.exitCode(), bad.toString());
        assertTrue(bad.err().contains("--shard"), bad.err());
    }
}
