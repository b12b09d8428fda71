package officialskg.extract.tagger;

/**
 * The arrays one tagging window needs (features, label scores, forward scores, back pointers), kept per thread
 * and reused from window to window. Allocated afresh they came to about 120 MB per pass over the 604 Wikinews
 * articles; streaming that much new memory through the cache evicted Nori's dictionary and connection costs
 * between sentences, so Nori inside the pipeline ran about a fifth slower than alone (2026-12-01, JFR). Reused,
 * they stay in the core's own cache. A window's results must be read before the next window of the same thread
 * overwrites them, which {@link SequenceTagger} does.
 */
final class WindowBuffers {

    private long[] features = new long[0];
    private float[] emissions = new float[0];
    private double[] forward = new double[0];
    private int[] back = new int[0];

    /** At least {@code positions} positions' features ({@link FeatureExtractor#TEMPLATES} each); contents stale. */
    long[] features(int positions) {
        int size = positions * FeatureExtractor.TEMPLATES;
        if (features.length < size) {
            features = new long[size];
        }
        return features;
    }

    /** At least {@code positions} positions' label scores; contents stale. */
    float[] emissions(int positions) {
        int size = positions * BioLabels.COUNT;
        if (emissions.length < size) {
            emissions = new float[size];
        }
        return emissions;
    }

    double[] forward(int positions) {
        int size = positions * BioLabels.COUNT;
        if (forward.length < size) {
            forward = new double[size];
        }
        return forward;
    }

    int[] back(int positions) {
        int size = positions * BioLabels.COUNT;
        if (back.length < size) {
            back = new int[size];
        }
        return back;
    }
}
