package officialskg.cli;

import officialskg.article.AnalyzedText;
import officialskg.article.ArticleInputs;
import officialskg.article.ArticleRead;
import officialskg.article.InputFormat;
import officialskg.pipeline.BulkIngest;
import officialskg.pipeline.IngestListener;
import officialskg.pipeline.KgPipeline;
import officialskg.pipeline.PipelineSettings;
import officialskg.rdf.IriMinter;
import officialskg.store.BulkLoad;
import officialskg.store.KgStore;
import officialskg.store.TdbStore;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Benchmark one input in one run and print a Markdown report: extraction vs Nori speed, "
                + "ingest triples/s (end-to-end and store-only) vs TDB2's own bulk loader on the same N-Quads, "
                + "one-transaction-per-article storing, heap (peak, and in use after full or mixed collections), store "
                + "size per article, and the median and p95 latency of every queries/*.rq at the loaded size.",
                "Input: --input FILE, or --articles N to generate a corpus first (as kg generate, same --seed).",
                "Stores are built in a scratch folder (--work), deleted afterwards unless --keep."})
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Input input;

    static final class Input {
        @Option(names = "--input", paramLabel = "FILE", description = "An existing input file or folder.")
        Path file;

        @Option(names = "--articles", paramLabel = "N", description = "Generate N articles (kg generate) and use them.")
        Long articles;
    }

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the generated corpus (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--threads", defaultValue = "0", description = "Analysis threads of the ingest (default: all cores).")
    int threads;

    // all of the Wikinews file: its first 200 articles are shorter and denser in names than the rest (485 against
    // 749 characters an article), and gave a ratio 0.04-0.08 below that of the whole file (2026-12-07)
    @Option(names = "--speed-articles", defaultValue = "1000", paramLabel = "N",
            description = "Articles (the first N) timed for extraction vs Nori speed (default: ${DEFAULT-VALUE}).")
    int speedArticles;

    @Option(names = "--rounds", defaultValue = "3", description = "Timed passes for the speed figures (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--per-article", defaultValue = "500", paramLabel = "N",
            description = "Articles (the first N) stored one transaction each, as ingest into an existing store does; "
                    + "0 to skip (default: ${DEFAULT-VALUE}).")
    int perArticle;

    @Option(names = "--query-runs", defaultValue = "10", paramLabel = "N",
            description = "Timed runs of each query after a warm-up run (default: ${DEFAULT-VALUE}).")
    int queryRuns;

    @Option(names = "--loader", defaultValue = "phased", paramLabel = "NAME",
            description = "TDB2 loader for bulk ingest and the comparison: phased|parallel|sequential|basic "
                    + "(default: ${DEFAULT-VALUE}).")
    String loader;

    @Option(names = "--work", paramLabel = "DIR", description = "Scratch folder (default: a new temporary folder).")
    Path work;

    @Option(names = "--keep", description = "Keep the scratch folder (stores, N-Quads, generated corpus).")
    boolean keep;

    @Option(names = "--markdown", paramLabel = "FILE",
            description = "Also write the report into FILE (e.g. docs/benchmarks.md), replacing this input's section.")
    Path markdown;

    @Option(names = "--base-iri", defaultValue = IriMinter.DEFAULT_BASE, hidden = true)
    String baseIri;

    @Override
    public Integer call() throws IOException {
        BulkLoad.Loader chosen;
        try {
            chosen = BulkLoad.Loader.valueOf(loader.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UserError("--loader must be phased, parallel, sequential or basic, was " + loader);
        }
        if (input.file != null && !Files.exists(input.file)) {
            throw new UserError(input.file + ": no such file or directory");
        }
        if (input.articles != null && input.articles < 1) {
            throw new UserError("--articles must be at least 1, was " + input.articles);
        }
        MachineInfo machine = MachineInfo.current();
        Path scratch = work != null ? Files.createDirectories(work) : Files.createTempDirectory("kg-bench-");
        PrintWriter err = spec.commandLine().getErr();
        try {
            Path file = input.file;
            String label;
            if (file == null) {
                file = scratch.resolve("generated-" + input.articles + "-seed" + seed + ".jsonl");
                progress(err, "generating " + input.articles + " articles into " + file);
                GenerateCommand.generate(GenerateCommand.defaultSource(), input.articles, seed, file);
                label = "generated " + input.articles + " articles (seed " + seed + ")";
            } else {
                label = file.getFileName().toString();
            }
            String report = run(file, label, machine, chosen, scratch, err);
            spec.commandLine().getOut().print(report);
            if (markdown != null) {
                BenchReportFile.update(markdown, label, report);
                progress(err, "wrote " + markdown);
            }
        } finally {
            if (!keep) {
                deleteTree(scratch);
            } else {
                progress(err, "kept " + scratch);
            }
        }
        return ExitCodes.OK;
    }

    private String run(Path file, String label, MachineInfo machine, BulkLoad.Loader chosen, Path scratch,
                       PrintWriter err) throws IOException {
        PipelineSettings settings = PipelineSettings.defaults(KgVersion.current()).withBaseIri(baseIri);
        KgPipeline pipeline = new KgPipeline(threads > 0 ? settings.withThreads(threads) : settings);
        int analysisThreads = pipeline.settings().threads();

        progress(err, "reading the first " + speedArticles + " articles for the speed figures");
        List<String> texts = firstTexts(file, speedArticles);
        progress(err, "timing extraction vs Nori on " + texts.size() + " articles (" + rounds + " rounds)");
        ExtractionSpeed speed = ExtractionSpeed.measure(texts, pipeline.analyzer(), rounds, analysisThreads);

        Path store = scratch.resolve("store");
        Path quads = scratch.resolve("articles.nq");
        progress(err, "bulk ingest into " + store + " (" + analysisThreads + " analysis threads)");
        BulkIngest.Result ingest;
        long heapUsed;
        String heapAfterGc;
        long t0 = System.nanoTime();
        try (HeapWatch heap = new HeapWatch()) {
            ingest = pipeline.bulkIngest(chosen)
                    .run(List.of(file), InputFormat.AUTO, store, IngestListener.SILENT, quads);
            heapUsed = heap.maxUsedBytes();
            heapAfterGc = heap.maxAfterOldCollectionBytes().stream()
                    .mapToObj(bytes -> mb(bytes) + " (the most over " + heap.oldCollections() + " such collections)")
                    .findFirst().orElse("none ran (after young collections, old garbage included: at most "
                            + mb(heap.maxAfterAnyCollectionBytes()) + ")");
        }
        double endToEnd = (System.nanoTime() - t0) / 1e9;
        long triples = ingest.report().triples();
        long articles = ingest.report().stored();

        progress(err, "TDB2 " + chosen.name().toLowerCase(Locale.ROOT) + " loader alone on the same N-Quads");
        Path jenaOnly = scratch.resolve("jena-only");
        long t1 = System.nanoTime();
        long loaded = BulkLoad.load(List.of(quads), jenaOnly, chosen);
        double jenaSeconds = (System.nanoTime() - t1) / 1e9;

        PerArticle incremental = null;
        if (perArticle > 0) {
            progress(err, "storing the first " + perArticle + " articles one transaction each");
            incremental = perArticle(quads, scratch.resolve("per-article"), pipeline.iris(), perArticle);
        }

        Path textDir = officialskg.store.text.KgTextIndex.beside(store);
        long storeBytes = diskUsage(store) + diskUsage(textDir);
        long apparentBytes = size(store) + size(textDir);
        long textBytes = diskUsage(textDir);
        long perArticleBytes = incremental == null ? -1
                : diskUsage(scratch.resolve("per-article")) + diskUsage(scratch.resolve("per-article-text"));
        long quadsBytes = Files.size(quads);
        List<QueryLatencies.Latency> latencies;
        java.util.Map<String, String> picked;
        progress(err, "timing queries (" + queryRuns + " runs each)");
        try (KgStore opened = TdbStore.open(store, pipeline.iris())) {
            QueryLatencies q = new QueryLatencies(opened, Locations.queriesDir());
            picked = q.values();
            latencies = q.measure(queryRuns, Duration.ofSeconds(60));
        }

        StringBuilder md = new StringBuilder();
        md.append("Run ").append(Instant.now().truncatedTo(ChronoUnit.SECONDS)).append(", command: `")
                .append(commandLine()).append("`\n\n").append(machine.markdown()).append('\n');
        md.append("| figure | value |\n|---|---|\n");
        row(md, "input", label + ": " + articles + " articles stored (" + ingest.report().skippedCount()
                + " skipped), " + triples + " triples, N-Quads " + mb(quadsBytes));
        row(md, "Nori tokenization alone (1 thread, " + (speed.texts() < articles ? "first " : "all ")
                + speed.texts() + " articles, " + speed.chars()
                + " chars, best of " + rounds + ")", String.format("%,.0f chars/s", speed.noriCharsPerSecond()));
        row(md, "full extraction (same texts, 1 thread)", String.format("%,.0f chars/s", speed.fullCharsPerSecond()));
        // both clocks: on a shared machine the wall clock also measures the neighbours, this thread's CPU time less so
        row(md, "**extraction / Nori speed ratio** (wall clock; CPU time of the thread)",
                String.format("**%.3f**; %.3f", speed.ratio(), speed.cpuRatio()));
        if (speed.parallel() != null) {
            ExtractionSpeed.Parallel p = speed.parallel();
            row(md, "Nori alone / full extraction, texts shared out over " + p.threads() + " threads",
                    String.format("%,.0f / %,.0f chars/s (ratio %.3f)", speed.chars() / p.noriSeconds(),
                            speed.chars() / p.fullSeconds(), speed.parallelRatio()));
            row(md, "full extraction on " + p.threads() + " threads / Nori on 1 thread",
                    String.format("%.3f", speed.parallelFullVsOneThreadNori()));
        }
        double storeSeconds = ingest.storeNanos() / 1e9;
        row(md, "ingest end-to-end, bulk mode (read, extract on " + analysisThreads + " threads, write N-Quads, load, "
                + "index)", String.format("%,.0f triples/s (%.1f s; %.1f articles/s)", triples / endToEnd, endToEnd,
                articles / endToEnd));
        row(md, "  of which reading + extraction + N-Quads", String.format("%.1f s", ingest.analyzeNanos() / 1e9));
        row(md, "ingest store-only, bulk mode (TDB2 " + chosen.name().toLowerCase(Locale.ROOT)
                        + " loader + text index + ontology)",
                String.format("%,.0f triples/s (%.1f s: load %.1f s, text index %.1f s)", triples / storeSeconds,
                        storeSeconds, ingest.timing().loadNanos() / 1e9, ingest.timing().indexNanos() / 1e9));
        row(md, "TDB2 " + chosen.name().toLowerCase(Locale.ROOT) + " loader alone, same N-Quads (no text index)",
                String.format("%,.0f quads/s (%.1f s, %d quads)", loaded / jenaSeconds, jenaSeconds, loaded));
        row(md, "**ratio ingest / TDB2 loader** (store-only; end-to-end)", String.format("**%.2f**; %.2f",
                jenaSeconds / storeSeconds, jenaSeconds / endToEnd));
        if (incremental != null) {
            row(md, "store-only, one transaction per article (first " + incremental.articles()
                            + " articles, as ingest into an existing store)",
                    String.format("%,.0f triples/s (%.1f s, %.1f articles/s)", incremental.triples()
                            / incremental.seconds(), incremental.seconds(), incremental.articles() / incremental.seconds()));
        }
        row(md, "heap during ingest: peak (sampled, garbage included); in use after full or mixed collections",
                mb(heapUsed) + "; " + heapAfterGc);
        row(md, "store on disk, bulk-loaded (TDB2 + text index; blocks in use)", mb(storeBytes) + " (text index "
                + mb(textBytes) + "; apparent size " + mb(apparentBytes) + "), "
                + String.format("**%.1f KB per article**", storeBytes / 1024.0 / Math.max(1, articles)));
        if (incremental != null) {
            row(md, "store on disk, one transaction per article (" + incremental.articles() + " articles)",
                    mb(perArticleBytes) + String.format(", %.1f KB per article",
                            perArticleBytes / 1024.0 / Math.max(1, incremental.articles())));
        }
        md.append('\n');
        md.append("Query parameters picked from the data: ").append(picked).append("\n\n");
        md.append("| query | rows | median ms | p95 ms | runs |\n|---|---:|---:|---:|---:|\n");
        for (var l : latencies) {
            if (l.skipped() != null) {
                md.append("| ").append(l.query()).append(" | skipped: ").append(l.skipped().replace("|", "\\|"))
                        .append(" | | | |\n");
            } else {
                md.append(String.format("| %s | %d | %.1f | %.1f | %d |%n", l.query(), l.rows(), l.medianMs(),
                        l.p95Ms(), l.runs()));
            }
        }
        return md.toString();
    }

    private String commandLine() {
        String opts = System.getenv("KG_JAVA_OPTS");
        return (opts == null || opts.isBlank() ? "" : "KG_JAVA_OPTS=" + opts + " ") + "./kg "
                + String.join(" ", spec.commandLine().getParseResult().originalArgs());
    }

    private static void row(StringBuilder md, String figure, String value) {
        md.append("| ").append(figure).append(" | ").append(value).append(" |\n");
    }

    private static String mb(long bytes) {
        return String.format("%.1f MB", bytes / 1e6);
    }

    private static void progress(PrintWriter err, String message) {
        err.println("bench: " + message);
        err.flush();
    }

    private static List<String> firstTexts(Path file, int limit) {
        List<String> texts = new ArrayList<>();
        new ArticleInputs().read(file, InputFormat.AUTO, read -> {
            if (texts.size() < limit && read instanceof ArticleRead.Ok ok) {
                texts.add(AnalyzedText.of(ok.article()));
            }
        });
        return texts;
    }

    record PerArticle(long articles, long triples, double seconds) {
    }

    /** Replays the first {@code limit} article graphs of the staged N-Quads through the store, one transaction each. */
    private static PerArticle perArticle(Path quads, Path dir, IriMinter iris, int limit) {
        try (TdbStore store = TdbStore.open(dir, iris)) {
            List<Quad> current = new ArrayList<>();
            long[] counts = new long[2];
            long t0 = System.nanoTime();
            class Replay extends StreamRDFBase {
                void storeCurrent() {
                    if (current.isEmpty() || counts[0] >= limit) {
                        current.clear();
                        return;
                    }
                    String id = iris.articleIdOfGraph(current.getFirst().getGraph().getURI()).orElseThrow();
                    store.replaceArticle(id, sink -> current.forEach(sink::quad));
                    counts[0]++;
                    counts[1] += current.size();
                    current.clear();
                }

                @Override
                public void quad(Quad quad) {
                    if (!current.isEmpty() && !current.getFirst().getGraph().equals(quad.getGraph())) {
                        storeCurrent();
                    }
                    if (counts[0] < limit) {
                        current.add(quad);
                    }
                }
            }
            Replay replay = new Replay();
            RDFParser.source(quads).lang(Lang.NQUADS).parse(replay);
            replay.storeCurrent();
            return new PerArticle(counts[0], counts[1], (System.nanoTime() - t0) / 1e9);
        }
    }

    /**
     * Bytes of disk blocks in use under {@code dir} ({@code du}): TDB2 grows its files in large sparse steps, so the
     * apparent size overstates a small store many times. Falls back to the apparent size without {@code du}.
     */
    private static long diskUsage(Path dir) {
        if (!Files.exists(dir)) {
            return 0;
        }
        try {
            Process du = new ProcessBuilder("du", "-sk", dir.toString()).redirectErrorStream(true).start();
            String out = new String(du.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            if (du.waitFor() == 0) {
                return Long.parseLong(out.strip().split("\\s+")[0]) * 1024;
            }
        } catch (IOException | NumberFormatException e) {
            // No du here: the apparent size will do.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return size(dir);
    }

    private static long size(Path dir) {
        if (!Files.exists(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
