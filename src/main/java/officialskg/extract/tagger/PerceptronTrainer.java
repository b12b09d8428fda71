package officialskg.extract.tagger;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Structured averaged perceptron (Collins 2002) over BIO labels, with partial labels handled as a latent
 * structure: the "gold" path is the best path among those the data allows, under the current weights.
 *
 * <p>Deterministic: features are numbered in order of first appearance, sentences are visited in an order
 * shuffled by a seeded {@link Random} per epoch, and ties in decoding go to the lower label.
 */
final class PerceptronTrainer {

    private final int epochs;
    private final long seed;
    private final int minCount;

    /** @param minCount features seen at fewer positions are dropped: they add size, not accuracy */
    PerceptronTrainer(int epochs, long seed, int minCount) {
        this.epochs = epochs;
        this.seed = seed;
        this.minCount = minCount;
    }

    TaggerModel train(List<TrainingExample> examples, NameLexicon lexicon, PrintStream log) {
        int labels = BioLabels.COUNT;
        FeatureIndex index = frequentFeatures(examples);
        List<int[][]> rows = new ArrayList<>(examples.size());
        for (TrainingExample e : examples) {
            int[][] r = new int[e.features().length][];
            for (int i = 0; i < r.length; i++) {
                r[i] = Arrays.stream(e.features()[i]).mapToInt(index::row).filter(row -> row >= 0).toArray();
            }
            rows.add(r);
        }
        log.printf("training on %d sentences, %d features, %d epochs, seed %d%n",
                examples.size(), index.size(), epochs, seed);
        Weights weights = new Weights(index.size() * labels, (labels + 1) * labels);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            order.add(i);
        }
        for (int epoch = 0; epoch < epochs; epoch++) {
            Collections.shuffle(order, new Random(seed * 1_000_003L + epoch));
            int mistakes = 0;
            for (int i : order) {
                TrainingExample e = examples.get(i);
                if (learn(rows.get(i), e, weights)) {
                    mistakes++;
                }
                weights.tick();
            }
            log.printf("epoch %d: %d of %d sentences mis-tagged%n", epoch + 1, mistakes, examples.size());
        }
        return new TaggerModel(index, weights.averagedEmission(), weights.averagedTransition(), lexicon);
    }

    /** Features seen at least {@code minCount} times, numbered in order of first appearance. */
    private FeatureIndex frequentFeatures(List<TrainingExample> examples) {
        FeatureIndex seen = new FeatureIndex(1 << 20);
        int[] counts = new int[1 << 20];
        for (TrainingExample e : examples) {
            for (long[] position : e.features()) {
                for (long f : position) {
                    int row = seen.add(f);
                    if (row >= counts.length) {
                        counts = Arrays.copyOf(counts, counts.length * 2);
                    }
                    counts[row]++;
                }
            }
        }
        long[] keys = seen.keysByRow();
        FeatureIndex kept = new FeatureIndex(keys.length / 2);
        for (int row = 0; row < keys.length; row++) {
            if (counts[row] >= minCount) {
                kept.add(keys[row]);
            }
        }
        return kept;
    }

    /** One perceptron step; true when the prediction differed from the allowed best. */
    private static boolean learn(int[][] rows, TrainingExample e, Weights w) {
        int n = rows.length;
        if (n == 0) {
            return false;
        }
        float[][] emissions = w.emissions(rows);
        int[] predicted = Viterbi.decode(emissions, w.transition, null).labels();
        int[] gold = Viterbi.decode(emissions, w.transition, e.allowed()).labels();
        if (Arrays.equals(predicted, gold)) {
            return false;
        }
        float step = e.weight();
        int labels = BioLabels.COUNT;
        for (int i = 0; i < n; i++) {
            int previousGold = i == 0 ? labels : gold[i - 1];
            int previousPredicted = i == 0 ? labels : predicted[i - 1];
            if (gold[i] != predicted[i]) {
                for (int row : rows[i]) {
                    w.addEmission(row * labels + gold[i], step);
                    w.addEmission(row * labels + predicted[i], -step);
                }
            }
            if (gold[i] != predicted[i] || previousGold != previousPredicted) {
                w.addTransition(previousGold * labels + gold[i], step);
                w.addTransition(previousPredicted * labels + predicted[i], -step);
            }
        }
        return true;
    }

    /**
     * Current weights plus the running sums for averaging (Daumé's trick: average = w − u / c, where u
     * accumulates c · Δw and c counts visited sentences).
     */
    private static final class Weights {
        final float[] emission;
        final double[] emissionSum;
        final float[] transition;
        final double[] transitionSum;
        long clock = 1;

        Weights(int emissionSize, int transitionSize) {
            emission = new float[emissionSize];
            emissionSum = new double[emissionSize];
            transition = new float[transitionSize];
            transitionSum = new double[transitionSize];
        }

        float[][] emissions(int[][] rows) {
            int labels = BioLabels.COUNT;
            float[][] out = new float[rows.length][labels];
            for (int i = 0; i < rows.length; i++) {
                for (int row : rows[i]) {
                    int base = row * labels;
                    for (int y = 0; y < labels; y++) {
                        out[i][y] += emission[base + y];
                    }
                }
            }
            return out;
        }

        void addEmission(int k, float d) {
            emission[k] += d;
            emissionSum[k] += clock * (double) d;
        }

        void addTransition(int k, float d) {
            transition[k] += d;
            transitionSum[k] += clock * (double) d;
        }

        void tick() {
            clock++;
        }

        float[] averagedEmission() {
            return average(emission, emissionSum);
        }

        float[] averagedTransition() {
            return average(transition, transitionSum);
        }

        private float[] average(float[] w, double[] sum) {
            float[] out = new float[w.length];
            for (int k = 0; k < w.length; k++) {
                out[k] = (float) (w[k] - sum[k] / clock);
            }
            return out;
        }
    }
}
