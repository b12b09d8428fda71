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
        int label = last; // kept in a register: reading path[i] back made each step wait for the previous store
        for (int i = n - 1; i > 0; i--) {
            label = back[i * LABELS + label];
            path[i - 1] = label;
        }
        return new Path(path, score);
    }

    /** The best path plus, per position and label, the best score of a path through that label there. */
    static Lattice lattice(float[][] emissions, float[] transition) {
        int n = emissions.length;
        return lattice(flatten(emissions), n, moves(transition), new double[n * LABELS], new int[n * LABELS], true);
    }

    /**
     * The tagger's lattice over {@code n} positions whose scores lie in one array, {@code COUNT} per position, with
     * the transition scores already turned into {@link #moves}, filling the caller's {@code forward} and
     * {@code back} (at least {@code n * COUNT} each; the max-marginals live in {@code forward}, valid until the
     * caller reuses it). No array per position: those cost as much as the arithmetic.
     *
     * <p>Max-marginals are computed only where {@link Lattice#margin} reads them: the positions of the best path's
     * mentions and the one after each. The backward pass need not start at the window's end for those, because at
     * a closed position {@code c} (every entity label scored minus infinity) every valid path has label O, so the
     * best score of the positions after {@code c} given O there is the best path's score minus
     * {@code forward[c][O]}: the pass restarts at the first closed position at or after a mention. Most of a
     * window holds no mention, so most of the backward pass is skipped; the margins it yields equal the full
     * pass's up to the rounding of the subtraction.
     */
    static Lattice lattice(float[] emissions, int n, double[] moves, double[] forward, int[] back) {
        return lattice(emissions, n, moves, forward, back, false);
    }

    /** {@code everywhere}: max-marginals at every position, else only where {@link Lattice#margin} reads them. */
    private static Lattice lattice(float[] emissions, int n, double[] moves, double[] forward, int[] back,
                                   boolean everywhere) {
        if (n == 0) {
            return new Lattice(new Path(new int[0], 0), new double[0], null);
        }
        forward(emissions, n, moves, null, forward, back);
        Path best = bestPath(forward, back, n);
        boolean[] computed = backward(emissions, n, moves, forward, best, everywhere);
        return new Lattice(best, forward, everywhere ? null : computed);
    }

    /**
     * Turns {@code forward} into max-marginals, in place, at every position ({@code everywhere}) or at those of
     * {@code best}'s mentions and the one after each, plus those the pass must cross to reach them from the
     * window's end or from a closed position after them; returns where it did.
     */
    private static boolean[] backward(float[] emissions, int n, double[] moves, double[] forward, Path best,
                                      boolean everywhere) {
        int[] labels = best.labels();
        double bestScore = best.score();
        // computed[i]: some wanted position p <= i has no closed position in [p, i), so the pass for p runs at i
        boolean[] computed = new boolean[n];
        boolean carry = false;
        for (int i = 0; i < n; i++) {
            boolean wanted = everywhere || labels[i] != BioLabels.OUTSIDE
                    || (i > 0 && labels[i - 1] != BioLabels.OUTSIDE);
            carry = wanted || (carry && !closed(emissions, i - 1));
            computed[i] = carry;
        }
        double[] after = new double[LABELS]; // best score of positions i+1.. given label y at i
        double[] before = new double[LABELS];
        boolean chained = false; // whether after holds position i's values
        for (int i = n - 1; i >= 0; i--) {
            int at = i * LABELS;
            if (!computed[i]) {
                chained = false;
                continue;
            }
            if (!chained) { // i is the window's end or closed, by the construction of computed
                if (i == n - 1) {
                    java.util.Arrays.fill(after, 0);
                } else {
                    java.util.Arrays.fill(after, Double.NEGATIVE_INFINITY);
                    after[BioLabels.OUTSIDE] = bestScore - forward[at + BioLabels.OUTSIDE];
                }
            }
            for (int y = 0; y < LABELS; y++) {
                forward[at + y] += after[y];
            }
            chained = i > 0 && computed[i - 1];
            if (!chained) {
                continue;
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
        return computed;
    }

    /** Whether position {@code i} admits only O: its entity labels are scored minus infinity. */
    private static boolean closed(float[] emissions, int i) {
        int at = i * LABELS;
        for (int y = 0; y < LABELS; y++) {
            if (y != BioLabels.OUTSIDE && emissions[at + y] != Float.NEGATIVE_INFINITY) {
                return false;
            }
        }
        return true;
    }

    /**
     * @param best        the Viterbi path
     * @param maxMarginal [position * COUNT + label]: the best score of any valid path with that label at that
     *                    position
     * @param computed    the positions where {@code maxMarginal} holds that, or {@code null} for all of them
     */
    record Lattice(Path best, double[] maxMarginal, boolean[] computed) {

        double maxMarginal(int position, int label) {
            if (computed != null && !computed[position]) {
                throw new IllegalStateException("no max-marginal was computed at position " + position);
            }
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
