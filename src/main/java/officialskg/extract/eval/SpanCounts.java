package officialskg.extract.eval;

/** True positives, false positives and false negatives of exact-span matching, with the usual ratios. */
public record SpanCounts(int truePositives, int falsePositives, int falseNegatives) {

    public static final SpanCounts ZERO = new SpanCounts(0, 0, 0);

    public SpanCounts plus(SpanCounts other) {
        return new SpanCounts(truePositives + other.truePositives, falsePositives + other.falsePositives,
                falseNegatives + other.falseNegatives);
    }

    /** 0 when nothing was predicted. */
    public double precision() {
        int predicted = truePositives + falsePositives;
        return predicted == 0 ? 0 : (double) truePositives / predicted;
    }

    /** 0 when there was nothing to find. */
    public double recall() {
        int gold = truePositives + falseNegatives;
        return gold == 0 ? 0 : (double) truePositives / gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
