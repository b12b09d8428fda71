package officialskg.extract.tagger;

/**
 * Best BIO label sequence under emission and transition scores, optionally restricted per position to a set of
 * labels (a bit mask). Invalid BIO moves (an I-t not after B-t or I-t) are never chosen. Ties go to the lower
 * label number, so decoding is deterministic and an untrained model says "outside".
 *
 * <p>{@link #lattice} also runs the backward (max-product) pass, so that the best score of any path through a
 * given label at a given position — the max-marginal — is one addition away; the tagger reads its confidences
 * from those instead of decoding again per mention.
 */
final class Viterbi {

    private static final int LABELS = BioLabels.COUNT;

    /** Whether label {@code y} may follow {@code p} ({@code p = LABELS}: the sentence start), BIO-wise. */
    private static final boolean[] VALID = new boolean[(LABELS + 1) * LABELS];

    /**
     * Per label, the labels that may precede it, and per label the labels that may follow it, in increasing
     * order. An inside label has two possible predecessors, not thirteen; scanning only the valid moves gives the
     * same maxima (invalid moves score minus infinity and never win a strict comparison) at about 60 % of the cost.
     */
    private static final int[][] PREDECESSORS = new int[LABELS][];
    private static final int[][] SUCCESSORS = new int[LABELS][];

    static {
        for (int p = 0; p <= LABELS; p++) {
            for (int y = 0; y < LABELS; y++) {
                VALID[p * LABELS + y] = BioLabels.allowed(p == LABELS ? -1 : p, y);
            }
        }
        for (int y = 0; y < LABELS; y++) {
            int label = y;
            PREDECESSORS[y] = java.util.stream.IntStream.range(0, LABELS)
                    .filter(p -> VALID[p * LABELS + label]).toArray();
            SUCCESSORS[y] = java.util.stream.IntStream.range(0, LABELS)
                    .filter(next -> VALID[label * LABELS + next]).toArray();
        }
    }

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
        return decode(flatten(emissions), emissions.length, transition, allowed);
    }

    /** The same over {@code n} positions whose scores lie in one array, {@code COUNT} per position. */
    static Path decode(float[] emissions, int n, float[] transition, int[] allowed) {
        if (n == 0) {
            return new Path(new int[0], 0);
        }
        double[] forward = new double[n * LABELS];
        int[] back = new int[n * LABELS];
        forward(emissions, n, moves(transition), allowed, forward, back);
        return bestPath(forward, back, n);
    }

    private static Path bestPath(double[] forward, int[] back, int n) {
        int at = (n - 1) * LABELS;
        int last = 0;
        for (int y = 1; y < LABELS; y++) {
            if (forward[at + y] > forward[at + last]) {
                last = y;
            }
        }
        double score = forward[at + last];
        if (score == Double.NEGATIVE_INFINITY) {
            throw new IllegalArgumentException("the label restrictions admit no valid sequence");
        }
        int[] path = new int[n];
        path[n - 1] = last;
        for (int i = n - 1; i > 0; i--) {
            path[i - 1] = back[i * LABELS + path[i]];
        }
        return new Path(path, score);
    }

    /** The best path plus, per position and label, the best score of a path through that label there. */
    static Lattice lattice(float[][] emissions, float[] transition) {
        return lattice(flatten(emissions), emissions.length, transition);
    }

    /**
     * The same over {@code n} positions whose scores lie in one array, {@code COUNT} per position: the tagger's
     * path, with no array per position (the per-position arrays cost as much as the arithmetic).
     */
    static Lattice lattice(float[] emissions, int n, float[] transition) {
        return lattice(emissions, n, moves(transition), new double[n * LABELS], new int[n * LABELS]);
    }

    /**
     * The same with the transition scores already turned into {@link #moves}, filling the caller's {@code forward}
     * and {@code back} (at least {@code n * COUNT} each; the lattice's max-marginals are {@code forward}, valid
     * until the caller reuses it).
     */
    static Lattice lattice(float[] emissions, int n, double[] moves, double[] forward, int[] back) {
        if (n == 0) {
            return new Lattice(new Path(new int[0], 0), new double[0]);
        }
        forward(emissions, n, moves, null, forward, back);
        Path best = bestPath(forward, back, n);
        double[] maxMarginal = forward; // filled in place: forward[i] is not needed once position i is done
        double[] after = new double[LABELS]; // best score of positions i+1.. given label y at i
        double[] before = new double[LABELS];
        for (int i = n - 1; i >= 0; i--) {
            int at = i * LABELS;
            for (int y = 0; y < LABELS; y++) {
                maxMarginal[at + y] = forward[at + y] + after[y];
            }
            if (i == 0) {
                break;
            }
            for (int p = 0; p < LABELS; p++) {
                double b = Double.NEGATIVE_INFINITY;
                for (int y : SUCCESSORS[p]) {
                    if (emissions[at + y] == Float.NEGATIVE_INFINITY) {
                        continue;
                    }
                    double s = moves[p * LABELS + y] + emissions[at + y] + after[y];
                    if (s > b) {
                        b = s;
                    }
                }
                before[p] = b;
            }
            double[] swap = after;
            after = before;
            before = swap;
        }
        return new Lattice(best, maxMarginal);
    }

    /**
     * @param best        the Viterbi path
     * @param maxMarginal [position * COUNT + label]: the best score of any valid path with that label at that
     *                    position
     */
    record Lattice(Path best, double[] maxMarginal) {

        double maxMarginal(int position, int label) {
            return maxMarginal[position * LABELS + label];
        }

        /**
         * Best score minus the best score of any path that does NOT contain the mention the best path labels at
         * {@code [first, last]}: such a path labels some position of the span differently, or continues the
         * entity past {@code last}. Never negative.
         */
        double margin(int first, int last) {
            int[] labels = best.labels();
            double alternative = Double.NEGATIVE_INFINITY;
            for (int p = first; p <= last; p++) {
                for (int y = 0; y < LABELS; y++) {
                    if (y != labels[p] && maxMarginal(p, y) > alternative) {
                        alternative = maxMarginal(p, y);
                    }
                }
            }
            if (last + 1 < labels.length) {
                alternative = Math.max(alternative,
                        maxMarginal(last + 1, BioLabels.inside(BioLabels.tagOf(labels[first]))));
            }
            return Math.max(0, best.score() - alternative);
        }
    }

    private static float[] flatten(float[][] rows) {
        float[] out = new float[rows.length * LABELS];
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(rows[i], 0, out, i * LABELS, LABELS);
        }
        return out;
    }

    /** Transition scores with invalid BIO moves at minus infinity. */
    static double[] moves(float[] transition) {
        double[] moves = new double[VALID.length];
        for (int k = 0; k < moves.length; k++) {
            moves[k] = VALID[k] ? transition[k] : Double.NEGATIVE_INFINITY;
        }
        return moves;
    }

    /** Fills {@code score[i * COUNT + y]}: the best score of positions 0..i ending in {@code y}, with back pointers. */
    private static void forward(float[] emissions, int n, double[] moves, int[] allowed, double[] score, int[] back) {
        for (int y = 0; y < LABELS; y++) {
            score[y] = permitted(allowed, 0, y)
                    ? moves[LABELS * LABELS + y] + emissions[y] : Double.NEGATIVE_INFINITY;
        }
        for (int i = 1; i < n; i++) {
            int previous = (i - 1) * LABELS;
            int at = i * LABELS;
            for (int y = 0; y < LABELS; y++) {
                double best = Double.NEGATIVE_INFINITY;
                int arg = 0;
                // a label scored minus infinity (a closed position's entity labels) cannot be on any path
                if (permitted(allowed, i, y) && emissions[at + y] != Float.NEGATIVE_INFINITY) {
                    for (int p : PREDECESSORS[y]) {
                        double s = score[previous + p] + moves[p * LABELS + y];
                        if (s > best) {
                            best = s;
                            arg = p;
                        }
                    }
                }
                score[at + y] = best == Double.NEGATIVE_INFINITY ? best : best + emissions[at + y];
                back[at + y] = arg;
            }
        }
    }

    private static boolean permitted(int[] allowed, int i, int label) {
        return allowed == null || (allowed[i] & (1 << label)) != 0;
    }
}
