package officialskg.extract.tagger;

import officialskg.extract.MentionType;
import officialskg.extract.eval.KlueEntity;
import officialskg.extract.eval.KlueSentence;
import officialskg.nlp.KoreanAnalyzer;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How often a mention of the tagger's best labelling is exactly right (span and type), by its margin, over the
 * held-out sentences, and the logistic curve {@code σ((margin − midpoint) / scale)} fitted to it: what
 * {@link SequenceTagger#confidence} and {@link SequenceTagger#MIN_MARGIN} are read from. {@code kg train tagger}
 * prints it after the held-out scores, so the two constants can be checked after every retrain.
 *
 * @param margins one per mention of the best labelling, whatever its margin
 * @param right   whether that mention is exactly a gold PS/OG/LC span of the same type
 */
record MarginCalibration(double[] margins, boolean[] right) {

    /** Lower bounds of the printed margin bands. */
    private static final double[] BANDS = {0, 20, 45, 60, 80, 100, 150};

    static MarginCalibration measure(SequenceTagger tagger, List<KlueSentence> sentences, KoreanAnalyzer analyzer) {
        List<Double> margins = new ArrayList<>();
        List<Boolean> right = new ArrayList<>();
        for (KlueSentence s : sentences) {
            SyllableSequence seq = SyllableSequence.of(s.text(), 0, analyzer.morphemes(s.text(), 0));
            for (int from = 0; from < seq.length(); ) {
                int to = Math.min(seq.length(), from + SequenceTagger.WINDOW);
                for (SequenceTagger.Scored m : tagger.scored(seq, from, to)) {
                    int start = seq.offsets()[from + m.first()];
                    int end = seq.offsets()[from + m.last()] + 1;
                    margins.add(m.margin());
                    right.add(isGold(s, start, end, m.type()));
                }
                from = to;
            }
        }
        double[] m = new double[margins.size()];
        boolean[] r = new boolean[m.length];
        for (int i = 0; i < m.length; i++) {
            m[i] = margins.get(i);
            r[i] = right.get(i);
        }
        return new MarginCalibration(m, r);
    }

    private static boolean isGold(KlueSentence s, int start, int end, MentionType type) {
        for (KlueEntity e : s.entities()) {
            EntityTag tag = EntityTag.fromKlueNer(e.type());
            if (tag != null && tag.mentionType() == type && e.start() == start && e.end() == end) {
                return true;
            }
        }
        return false;
    }

    /**
     * The logistic regression of "exactly right" on the margin, by Newton's method from (midpoint 40, scale 24):
     * {@code {midpoint, scale}}.
     */
    double[] fit() {
        double a = -40.0 / 24; // log-odds = a + b · margin
        double b = 1.0 / 24;
        for (int iteration = 0; iteration < 50; iteration++) {
            double ga = 0, gb = 0, haa = 0, hab = 0, hbb = 0;
            for (int i = 0; i < margins.length; i++) {
                double x = margins[i];
                double p = 1 / (1 + Math.exp(-(a + b * x)));
                double residual = (right[i] ? 1 : 0) - p;
                double w = p * (1 - p);
                ga += residual;
                gb += residual * x;
                haa += w;
                hab += w * x;
                hbb += w * x * x;
            }
            double det = haa * hbb - hab * hab;
            if (det <= 0) {
                break;
            }
            double da = (hbb * ga - hab * gb) / det;
            double db = (haa * gb - hab * ga) / det;
            a += da;
            b += db;
            if (Math.abs(da) < 1e-9 && Math.abs(db) < 1e-12) {
                break;
            }
        }
        return new double[] {-a / b, 1 / b};
    }

    void print(PrintStream out) {
        out.printf(Locale.ROOT, "margin calibration (%d mentions of the best labellings):%n", margins.length);
        for (int band = 0; band < BANDS.length; band++) {
            double low = BANDS[band];
            double high = band + 1 < BANDS.length ? BANDS[band + 1] : Double.POSITIVE_INFINITY;
            int count = 0;
            int exact = 0;
            for (int i = 0; i < margins.length; i++) {
                if (margins[i] >= low && margins[i] < high) {
                    count++;
                    exact += right[i] ? 1 : 0;
                }
            }
            String label = high == Double.POSITIVE_INFINITY
                    ? String.format(Locale.ROOT, ">= %.0f", low) : String.format(Locale.ROOT, "%.0f-%.0f", low, high);
            out.printf(Locale.ROOT, "  margin %-8s %4d mentions, %5.1f %% exactly right%n", label, count,
                    count == 0 ? 0.0 : 100.0 * exact / count);
        }
        if (margins.length > 1) {
            double[] fit = fit();
            out.printf(Locale.ROOT, "  logistic fit: midpoint %.1f, scale %.1f (SequenceTagger uses %.0f and %.0f)%n",
                    fit[0], fit[1], SequenceTagger.MIDPOINT, SequenceTagger.SCALE);
        }
    }
}
