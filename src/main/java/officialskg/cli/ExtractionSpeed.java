package officialskg.cli;

import officialskg.nlp.nori.NoriKoreanAnalyzer;
import officialskg.pipeline.ArticleAnalyzer;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Characters per second of the full extraction and of Nori tokenization alone over the same texts, on one thread,
 * each the best of {@code rounds} timed passes (the two paths' passes interleaved) after warm-up passes ({@link #WARM_UP_CHARS}; {@code kg eval speed},
 * {@code kg bench}). Both
 * the wall clock and this thread's CPU time are kept: on a shared machine the wall clock also measures the
 * neighbours, CPU time much less so.
 *
 * @param chars code points in the texts
 */
record ExtractionSpeed(int texts, long chars, int rounds, double noriSeconds, double fullSeconds,
                       double noriCpuSeconds, double fullCpuSeconds, Parallel parallel) {

    /**
     * The same passes with the texts shared out over {@code threads} threads (each text on one thread), by the
     * wall clock: what an ingest's analysis workers achieve together. Absent when only one thread is asked for.
     */
    record Parallel(int threads, double noriSeconds, double fullSeconds) {
    }

    static ExtractionSpeed measure(List<String> texts, ArticleAnalyzer full, int rounds) {
        return measure(texts, full, rounds, 1);
    }

    static ExtractionSpeed measure(List<String> texts, ArticleAnalyzer full, int rounds, int threads) {
        long chars = texts.stream().mapToLong(t -> t.codePointCount(0, t.length())).sum();
        NoriKoreanAnalyzer nori = new NoriKoreanAnalyzer();
        Consumer<String> noriText = nori::analyze;
        Consumer<String> fullText = t -> full.analyze(t, Optional.empty());
        Runnable noriPass = () -> texts.forEach(noriText);
        Runnable fullPass = () -> texts.forEach(fullText);
        int warmUps = warmUpPasses(chars);
        for (int i = 0; i < warmUps; i++) {
            noriPass.run();
            fullPass.run();
        }
        // interleaved, so that a neighbour's burst on a shared machine slows both paths' passes alike rather than
        // all of one path's passes
        double[] noriTimes = {Double.MAX_VALUE, Double.MAX_VALUE};
        double[] fullTimes = {Double.MAX_VALUE, Double.MAX_VALUE};
        for (int round = 0; round < rounds; round++) {
            noriTimes = min(noriTimes, best(noriPass, 1));
            fullTimes = min(fullTimes, best(fullPass, 1));
        }
        Parallel parallel = null;
        if (threads > 1) {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                Runnable noriShared = () -> shared(texts, noriText, pool, threads);
                Runnable fullShared = () -> shared(texts, fullText, pool, threads);
                noriShared.run();
                fullShared.run();
                parallel = new Parallel(threads, best(noriShared, rounds)[0], best(fullShared, rounds)[0]);
            } finally {
                pool.shutdownNow();
            }
        }
        return new ExtractionSpeed(texts.size(), chars, rounds, noriTimes[0], fullTimes[0], noriTimes[1],
                fullTimes[1], parallel);
    }

    /**
     * Characters to run through each path before timing. With one pass over 200 articles (about 100,000
     * characters) the full extraction was timed before the JIT had finished compiling it: 0.21 of Nori's speed on
     * the first 200 Wikinews articles, 0.26 after eight passes, 0.28 over all 604 articles (2026-12-01).
     */
    static final long WARM_UP_CHARS = 2_000_000;

    /** Passes over texts of {@code chars} characters that make up {@link #WARM_UP_CHARS}, at least one. */
    static int warmUpPasses(long chars) {
        return (int) Math.max(1, Math.min(100, (WARM_UP_CHARS + Math.max(chars, 1) - 1) / Math.max(chars, 1)));
    }

    /** One pass over the texts by {@code threads} workers taking the next text as they finish one. */
    private static void shared(List<String> texts, Consumer<String> work,
                               ExecutorService pool, int threads) {
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < texts.size(); i = next.getAndIncrement()) {
                    work.accept(texts.get(i));
                }
            }));
        }
        for (Future<?> worker : workers) {
            try {
                worker.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
        }
    }

    /** Full extraction on all the parallel threads vs Nori on one thread: the ingest's extraction throughput. */
    double parallelFullVsOneThreadNori() {
        return noriSeconds / parallel.fullSeconds();
    }

    /** Full extraction vs Nori, both on the parallel threads. */
    double parallelRatio() {
        return parallel.noriSeconds() / parallel.fullSeconds();
    }

    double noriCharsPerSecond() {
        return chars / noriSeconds;
    }

    double fullCharsPerSecond() {
        return chars / fullSeconds;
    }

    double noriCharsPerCpuSecond() {
        return chars / noriCpuSeconds;
    }

    double fullCharsPerCpuSecond() {
        return chars / fullCpuSeconds;
    }

    /** Extraction speed as a fraction of Nori's (1.0 would be as fast as tokenizing alone), by the wall clock. */
    double ratio() {
        return noriSeconds / fullSeconds;
    }

    /** The same ratio by CPU time. */
    double cpuRatio() {
        return noriCpuSeconds / fullCpuSeconds;
    }

    private static double[] min(double[] a, double[] b) {
        return new double[] {Math.min(a[0], b[0]), Math.min(a[1], b[1])};
    }

    /** Best wall seconds and best CPU seconds of this thread over {@code rounds} passes. */
    private static double[] best(Runnable pass, int rounds) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double wall = Double.MAX_VALUE;
        double cpu = Double.MAX_VALUE;
        for (int i = 0; i < rounds; i++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            pass.run();
            wall = Math.min(wall, (System.nanoTime() - t0) / 1e9);
            cpu = Math.min(cpu, (threads.getCurrentThreadCpuTime() - c0) / 1e9);
        }
        return new double[] {wall, cpu};
    }
}
