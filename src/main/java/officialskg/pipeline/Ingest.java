package officialskg.pipeline;

import officialskg.article.Article;
import officialskg.article.ArticleInputs;
import officialskg.article.ArticleRead;
import officialskg.article.InputFormat;
import officialskg.rdf.ArticleRdf;
import officialskg.resolve.Analysis;
import officialskg.resolve.EntityLookup;
import officialskg.resolve.NamesakeRule;
import officialskg.store.KgStore;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * Reads articles, analyzes them on {@code threads} workers and stores each as one named graph, written by this
 * thread alone, in input order. At most {@code 2 × threads} articles are in flight and the readers stream (JSON Lines
 * line by line), so memory stays bounded for any input size. One bad input or one failing article is reported and
 * skipped; the others go on.
 */
public final class Ingest {

    private final ArticleInputs inputs;
    private final ArticleAnalyzer analyzer;
    private final ArticleRdf rdf;
    private final NamesakeRule namesakes;
    private final int threads;
    private final Shard shard;

    /** @param namesakes decides, in the writing thread and in input order, which stored person each named one is */
    public Ingest(ArticleInputs inputs, ArticleAnalyzer analyzer, ArticleRdf rdf, NamesakeRule namesakes,
                  int threads) {
        this(inputs, analyzer, rdf, namesakes, threads, Shard.ALL);
    }

    private Ingest(ArticleInputs inputs, ArticleAnalyzer analyzer, ArticleRdf rdf, NamesakeRule namesakes,
                   int threads, Shard shard) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        this.inputs = inputs;
        this.analyzer = analyzer;
        this.rdf = rdf;
        this.namesakes = namesakes;
        this.threads = threads;
        this.shard = shard;
    }

    /**
     * This ingest limited to the articles of one shard: the others are read (their ids decide) but neither analyzed
     * nor stored, so N workers given the same inputs and shards 1/N … N/N store every article exactly once.
     */
    public Ingest onShard(Shard shard) {
        return new Ingest(inputs, analyzer, rdf, namesakes, threads, shard);
    }

    public IngestReport run(List<Path> paths, InputFormat format, KgStore store, IngestListener listener) {
        return run(paths, format, store::replaceArticle, store.personLookup(), listener);
    }

    /**
     * Same, writing each article graph to {@code target}: the store (one transaction per article) or a bulk load's
     * staging file. There is one write path whatever the target, so every article goes through the same steps.
     * {@code stored} answers for the people of articles written before this run (none for a new store); the run's
     * own earlier articles are remembered by the run.
     */
    public IngestReport run(List<Path> paths, InputFormat format, ArticleGraphTarget target, EntityLookup stored,
                            IngestListener listener) {
        return run(sink -> {
            for (Path path : paths) {
                inputs.read(path, format, sink);
            }
        }, target, stored, listener);
    }

    /**
     * Same, over articles read elsewhere: {@code source} hands every outcome, in input order, to the sink it is
     * given (e.g. the articles a {@code kg ingest} read and sent to {@code kg serve}).
     */
    public IngestReport run(Consumer<Consumer<ArticleRead>> source, ArticleGraphTarget target, EntityLookup stored,
                            IngestListener listener) {
        Run run = new Run(target, stored, listener);
        try {
            source.accept(run::accept);
            run.drain(0);
        } finally {
            run.executor.shutdownNow();
        }
        return run.report();
    }

    /** State of one run: the in-flight window, counts and the first reasons. Touched only by the calling thread. */
    private final class Run {
        private final IngestListener listener;
        private final ArticleWriter writer;
        private final Deque<Pending> inFlight = new ArrayDeque<>();
        private final ArticleAdmission admission;
        private final ExecutorService executor = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "kg-analyze");
            t.setDaemon(true);
            return t;
        });
        private long stored;
        private long triples;

        Run(ArticleGraphTarget target, EntityLookup stored, IngestListener listener) {
            this.listener = listener;
            this.admission = new ArticleAdmission(shard, listener);
            this.writer = new ArticleWriter(rdf, new PersonIdentities(namesakes, stored), target);
        }

        void accept(ArticleRead outcome) {
            Article article = admission.admit(outcome);
            if (article != null) {
                inFlight.add(new Pending(article,
                        CompletableFuture.supplyAsync(() -> analyzer.analyze(article), executor)));
                drain(2 * threads);
            }
        }

        /** Writes finished analyses in input order until at most {@code keep} remain in flight. */
        void drain(int keep) {
            while (inFlight.size() > keep) {
                Pending next = inFlight.poll();
                Analysis analysis;
                try {
                    analysis = next.analysis().join();
                } catch (CompletionException e) {
                    skip(next.article().origin() + ": extraction failed: " + e.getCause());
                    continue;
                }
                write(next.article(), analysis);
            }
        }

        private void write(Article article, Analysis analyzed) {
            ArticleWriter.Written written;
            try {
                written = writer.write(article, analyzed);
            } catch (RuntimeException e) {
                skip(article.origin() + ": not stored: " + e.getMessage());
                return;
            }
            stored++;
            triples += written.triples();
            listener.stored(article.id());
        }

        private void skip(String reason) {
            admission.skip(reason);
        }

        IngestReport report() {
            return admission.report(stored, triples);
        }
    }

    private record Pending(Article article, CompletableFuture<Analysis> analysis) {
    }
}
