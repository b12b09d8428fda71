package officialskg.extract.tagger;

/**
 * Best BIO label sequence under emission and transition scores, optionally restricted per position to a set of
 * labels (a bit mask). Invalid BIO moves (an I-t not after B-t or I-t) are never chosen. Ties go to the lower
 * label number, so decoding is deterministic and an untrained model says "outside".
 */
final class Viterbi {

    private Viterbi() {
    }

    record Path(int[] labels, double score) {
    }

    /**
     * @param emissions  scores [position][label]
     * @param transition scores [(previous label) * COUNT + label], row COUNT = sentence start
     * @param allowed    per position a mask of allowed labels, or {@code null} for no restriction
     */
    static Path decode(float[][] emissions, float[] transition, int[] allowed) {
        int n = emissions.length;
        int labels = BioLabels.COUNT;
        if (n == 0) {
            return new Path(new int[0], 0);
        }
        double[] score = new double[labels];
        double[] next = new double[labels];
        int[][] back = new int[n][labels];
        for (int y = 0; y < labels; y++) {
            score[y] = permitted(allowed, 0, y) && BioLabels.allowed(-1, y)
                    ? transition[labels * labels + y] + emissions[0][y] : Double.NEGATIVE_INFINITY;
        }
        for (int i = 1; i < n; i++) {
            for (int y = 0; y < labels; y++) {
                double best = Double.NEGATIVE_INFINITY;
                int arg = 0;
                if (permitted(allowed, i, y)) {
                    for (int p = 0; p < labels; p++) {
                        if (score[p] == Double.NEGATIVE_INFINITY || !BioLabels.allowed(p, y)) {
                            continue;
                        }
                        double s = score[p] + transition[p * labels + y];
                        if (s > best) {
                            best = s;
                            arg = p;
                        }
                    }
                }
                next[y] = best == Double.NEGATIVE_INFINITY ? best : best + emissions[i][y];
                back[i][y] = arg;
            }
            double[] swap = score;
            score = next;
            next = swap;
        }
        int last = 0;
        for (int y = 1; y < labels; y++) {
            if (score[y] > score[last]) {
                last = y;
            }
        }
        if (score[last] == Double.NEGATIVE_INFINITY) {
            throw new IllegalArgumentException("the label restrictions admit no valid sequence");
        }
        int[] path = new int[n];
        path[n - 1] = last;
        for (int i = n - 1; i > 0; i--) {
            path[i - 1] = back[i][path[i]];
        }
        return new Path(path, score[last]);
    }

    private static boolean permitted(int[] allowed, int i, int label) {
        return allowed == null || (allowed[i] & (1 << label)) != 0;
    }
}
