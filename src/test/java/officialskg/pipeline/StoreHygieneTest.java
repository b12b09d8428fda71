package officialskg.pipeline;

import officialskg.article.Article;
import officialskg.article.ArticleRead;
import officialskg.article.InputFormat;
import officialskg.rdf.ArticleRdf;
import officialskg.resolve.Analysis;
import officialskg.store.DiskUsage;
import officialskg.store.TdbStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Store hygiene on a real on-disk TDB2 store with its text index: the same Wikinews articles stored ten times (each
 * time replacing every article's graph, as {@code kg ingest} does) and then compacted take no more than 10 % over
 * what storing them once takes. Without compaction they take several times that: TDB2 writes copy-on-write and never
 * reuses a block within a generation, and Lucene only marks replaced documents deleted.
 *
 * <p>The articles are analyzed once and written ten times (analysis is deterministic, and the store is what is
 * tested). Normal suite: the first 25 articles (a minute or two: 275 write transactions on disk). All 604:
 * {@code ./mvnw -B -o test -Dtest=StoreHygieneTest -Dhygiene.full=true} (about half an hour on two busy cores; the
ten-times store grows to 13.7 GB before compaction, so it needs 15 GB free under the temporary directory). Measured:
1× 1 247 MB, 1× compacted 83.9 MB, 10× 13 696 MB, 10× compacted 84.0 MB.
 */
class StoreHygieneTest {

    static final Path WIKINEWS = Path.of("../shared/data/wikinews-ko.jsonl");
    static final KgPipeline PIPELINE = new KgPipeline(PipelineSettings.defaults("test"));

    @TempDir
    Path dir;

    record Analyzed(Article article, Analysis analysis) {
    }

    @Test
    void tenIngestsThenCompactionTakeNoMoreThanOneIngest() {
        assumeTrue(Files.exists(WIKINEWS), "../shared is not beside the project");
        int limit = Boolean.getBoolean("hygiene.full") ? Integer.MAX_VALUE : 25;
        List<Article> articles = new ArrayList<>();
        PIPELINE.inputs().read(WIKINEWS, InputFormat.JSONL, read -> {
            if (read instanceof ArticleRead.Ok ok && articles.size() < limit) {
                articles.add(ok.article());
            }
        });
        ArticleAnalyzer analyzer = PIPELINE.analyzer();
        List<Analyzed> analyzed = articles.parallelStream().map(a -> new Analyzed(a, analyzer.analyze(a))).toList();
        ArticleRdf rdf = PIPELINE.rdf();

        Path once = dir.resolve("once");
        long triples;
        try (TdbStore store = TdbStore.open(once, PIPELINE.iris())) {
            write(store, analyzed, rdf);
            triples = store.tripleCount();
        }
        DiskUsage single = DiskUsage.of(once);

        Path tenTimes = dir.resolve("ten-times");
        try (TdbStore store = TdbStore.open(tenTimes, PIPELINE.iris())) {
            for (int i = 0; i < 10; i++) {
                write(store, analyzed, rdf);
            }
            assertEquals(articles.size(), store.articleCount());
            assertEquals(triples, store.tripleCount(), "re-ingest replaces, it never adds");
        }
        DiskUsage beforeCompaction = DiskUsage.of(tenTimes);
        try (TdbStore store = TdbStore.open(tenTimes, PIPELINE.iris())) {
            store.compact();
            assertEquals(triples, store.tripleCount(), "compaction keeps every triple");
        }
        DiskUsage afterCompaction = DiskUsage.of(tenTimes);
        try (TdbStore store = TdbStore.open(once, PIPELINE.iris())) {
            store.compact();
        }
        DiskUsage singleCompacted = DiskUsage.of(once);

        System.out.printf(Locale.ROOT, "store hygiene, %d articles (bytes: TDB2 + text index = total):%n"
                        + "  1x ingest            %s%n  1x ingest, compacted %s%n  10x ingest           %s%n"
                        + "  10x, compacted       %s%n", articles.size(), sizes(single), sizes(singleCompacted),
                sizes(beforeCompaction), sizes(afterCompaction));

        assertTrue(beforeCompaction.totalBytes() > 2 * single.totalBytes(),
                "ten ingests leave garbage for compaction to remove: " + sizes(beforeCompaction));
        assertEquals(1, afterCompaction.generations(), "the old generation is deleted");
        assertTrue(afterCompaction.totalBytes() <= single.totalBytes() * 1.10,
                "10x + compact " + sizes(afterCompaction) + " vs 1x " + sizes(single));
        assertTrue(Math.abs(afterCompaction.totalBytes() - singleCompacted.totalBytes())
                        <= singleCompacted.totalBytes() * 0.10,
                "10x + compact " + sizes(afterCompaction) + " vs 1x + compact " + sizes(singleCompacted));
        assertTrue(afterCompaction.textIndexBytes() <= single.textIndexBytes() * 1.10,
                "the text index too: " + sizes(afterCompaction) + " vs " + sizes(single));
    }

    private static void write(TdbStore store, List<Analyzed> analyzed, ArticleRdf rdf) {
        for (Analyzed a : analyzed) {
            store.replaceArticle(a.article().id(), sink -> rdf.write(a.article(), a.analysis(), sink));
        }
    }

    private static String sizes(DiskUsage usage) {
        return usage.databaseBytes() + " + " + usage.textIndexBytes() + " = " + usage.totalBytes() + " ("
                + usage.generations() + " generation" + (usage.generations() == 1 ? "" : "s") + ")";
    }
}
