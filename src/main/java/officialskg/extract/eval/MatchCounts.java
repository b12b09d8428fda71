package officialskg.extract.eval;

/**
 * Distinct gold items, distinct predicted items and the one-to-one matches between them, with precision
 * ({@code matched / predicted}), recall ({@code matched / gold}) and F1 ({@code 2·matched / (gold + predicted)}).
 * A ratio over an empty side is 0, except that a category with neither gold nor predicted items scores 1 on all
 * three (nothing to find and nothing claimed is not an error).
 */
public record MatchCounts(int gold, int predicted, int matched) {

    public static final MatchCounts ZERO = new MatchCounts(0, 0, 0);

    public MatchCounts {
        if (gold < 0 || predicted < 0 || matched < 0 || matched > gold || matched > predicted) {
            throw new IllegalArgumentException("inconsistent counts: gold " + gold + ", predicted " + predicted
                    + ", matched " + matched);
        }
    }

    public MatchCounts plus(MatchCounts other) {
        return new MatchCounts(gold + other.gold, predicted + other.predicted, matched + other.matched);
    }

    private boolean empty() {
        return gold == 0 && predicted == 0;
    }

    public double precision() {
        return empty() ? 1 : predicted == 0 ? 0 : (double) matched / predicted;
    }

    public double recall() {
        return empty() ? 1 : gold == 0 ? 0 : (double) matched / gold;
    }

    public double f1() {
        return empty() ? 1 : 2.0 * matched / (gold + predicted);
    }
}
