package officialskg.cli;

import officialskg.nlp.nori.NoriKoreanAnalyzer;
import officialskg.pipeline.ArticleAnalyzer;

import java.util.List;
import java.util.Optional;

/**
 * Characters per second of the full extraction and of Nori tokenization alone over the same texts, on one thread,
 * each the best of {@code rounds} timed passes after a warm-up pass ({@code kg eval speed}, {@code kg bench}).
 *
 * @param chars code points in the texts
 */
record ExtractionSpeed(int texts, long chars, int rounds, double noriSeconds, double fullSeconds) {

    static ExtractionSpeed measure(List<String> texts, ArticleAnalyzer full, int rounds) {
        long chars = texts.stream().mapToLong(t -> t.codePointCount(0, t.length())).sum();
        NoriKoreanAnalyzer nori = new NoriKoreanAnalyzer();
        Runnable noriPass = () -> texts.forEach(nori::analyze);
        Runnable fullPass = () -> texts.forEach(t -> full.analyze(t, Optional.empty()));
        noriPass.run();
        fullPass.run();
        return new ExtractionSpeed(texts.size(), chars, rounds, best(noriPass, rounds), best(fullPass, rounds));
    }

    double noriCharsPerSecond() {
        return chars / noriSeconds;
    }

    double fullCharsPerSecond() {
        return chars / fullSeconds;
    }

    /** Extraction speed as a fraction of Nori's (1.0 would be as fast as tokenizing alone). */
    double ratio() {
        return noriSeconds / fullSeconds;
    }

    private static double best(Runnable pass, int rounds) {
        double best = Double.MAX_VALUE;
        for (int i = 0; i < rounds; i++) {
            long t0 = System.nanoTime();
            pass.run();
            best = Math.min(best, (System.nanoTime() - t0) / 1e9);
        }
        return best;
    }
}
