package officialskg.cli;

import officialskg.nlp.nori.NoriKoreanAnalyzer;
import officialskg.pipeline.ArticleAnalyzer;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Optional;

/**
 * Characters per second of the full extraction and of Nori tokenization alone over the same texts, on one thread,
 * each the best of {@code rounds} timed passes after a warm-up pass ({@code kg eval speed}, {@code kg bench}). Both
 * the wall clock and this thread's CPU time are kept: on a shared machine the wall clock also measures the
 * neighbours, CPU time much less so.
 *
 * @param chars code points in the texts
 */
record ExtractionSpeed(int texts, long chars, int rounds, double noriSeconds, double fullSeconds,
                       double noriCpuSeconds, double fullCpuSeconds) {

    static ExtractionSpeed measure(List<String> texts, ArticleAnalyzer full, int rounds) {
        long chars = texts.stream().mapToLong(t -> t.codePointCount(0, t.length())).sum();
        NoriKoreanAnalyzer nori = new NoriKoreanAnalyzer();
        Runnable noriPass = () -> texts.forEach(nori::analyze);
        Runnable fullPass = () -> texts.forEach(t -> full.analyze(t, Optional.empty()));
        noriPass.run();
        fullPass.run();
        double[] noriTimes = best(noriPass, rounds);
        double[] fullTimes = best(fullPass, rounds);
        return new ExtractionSpeed(texts.size(), chars, rounds, noriTimes[0], fullTimes[0], noriTimes[1],
                fullTimes[1]);
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
