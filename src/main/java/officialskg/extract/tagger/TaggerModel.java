package officialskg.extract.tagger;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The learned weights: per feature a weight for each BIO label, and label-to-label transition weights (the last
 * row is the sentence start), and the {@link NameLexicon} the features consult. Written gzipped with features sorted by hash and only non-zero weights, so a
 * retrain with the same data and seed gives the same bytes.
 */
final class TaggerModel {

    private static final String MAGIC = "officialskg-tagger";
    private static final int VERSION = 2;

    private final FeatureIndex index;
    /**
     * Weights of row r, label y at {@code FIRST + r * STRIDE + y}: rows padded to 16 floats (one 64-byte cache
     * line) and shifted past the array header, so that in a large array (which the JVM places at a region start)
     * a row never straddles two cache lines: a dense 13-float row did four times in five, costing a second miss.
     */
    private final float[] emission;
    private static final int STRIDE = 16;
    private static final int FIRST = 12;
    private final float[] transition;
    private final NameLexicon lexicon;

    TaggerModel(FeatureIndex index, float[] emission, float[] transition, NameLexicon lexicon) {
        this.index = index;
        int rows = emission.length / BioLabels.COUNT;
        this.emission = new float[FIRST + rows * STRIDE];
        for (int row = 0; row < rows; row++) {
            System.arraycopy(emission, row * BioLabels.COUNT, this.emission, FIRST + row * STRIDE, BioLabels.COUNT);
        }
        this.transition = transition;
        this.lexicon = lexicon;
    }

    NameLexicon lexicon() {
        return lexicon;
    }

    float[] transition() {
        return transition;
    }

    int features() {
        return index.size();
    }

    /**
     * Label scores per position. The weight table is far larger than the cache, so every feature costs memory
     * accesses; they are issued in bulk (all rows of the window first, then all weights touched, then summed) so
     * the processor overlaps them instead of waiting for each in turn. The sums are taken in feature order, so
     * the scores are bit-for-bit those of a plain loop.
     */
    float[][] emissions(long[][] features) {
        int labels = BioLabels.COUNT;
        int total = 0;
        for (long[] f : features) {
            total += f.length;
        }
        long[] keys = new long[total];
        int k = 0;
        for (long[] f : features) {
            System.arraycopy(f, 0, keys, k, f.length);
            k += f.length;
        }
        int[] rows = index.rows(keys);
        float touched = 0;
        for (int row : rows) {
            touched += emission[FIRST + Math.max(row, 0) * STRIDE]; // brings each row in, independently
        }
        float[][] out = new float[features.length][labels];
        k = 0;
        for (int i = 0; i < features.length; i++) {
            float[] scores = out[i];
            for (int end = k + features[i].length; k < end; k++) {
                int row = rows[k];
                if (row >= 0) {
                    int base = FIRST + row * STRIDE;
                    for (int y = 0; y < labels; y++) {
                        scores[y] += emission[base + y];
                    }
                }
            }
        }
        if (touched == Float.MIN_VALUE) { // never true in practice; keeps the touching loop from being dropped
            out[0][0] += 0;
        }
        return out;
    }

    /**
     * Label scores of {@code positions} positions whose features lie in one array, {@link FeatureExtractor#TEMPLATES}
     * per position ({@link FeatureExtractor#flat}): the sums of {@link #emissions(long[][])}, in the same order.
     * Most of a text's features are in a pruned model (about three in four: the frequent ones), so there is
     * nothing to gain from filtering absent ones first; the rows are summed 16 wide, padding included, which the
     * compiler can do in vector registers.
     */
    float[][] emissions(long[] features, int positions) {
        int labels = BioLabels.COUNT;
        int templates = FeatureExtractor.TEMPLATES;
        float[][] out = new float[positions][labels];
        float[] sums = new float[STRIDE];
        float[] weights = emission;
        for (int i = 0, k = 0; i < positions; i++) {
            Arrays.fill(sums, 0f);
            for (int end = k + templates; k < end; k++) {
                int row = index.row(features[k]);
                if (row >= 0) {
                    int base = FIRST + row * STRIDE;
                    for (int y = 0; y < STRIDE; y++) {
                        sums[y] += weights[base + y];
                    }
                }
            }
            System.arraycopy(sums, 0, out[i], 0, labels);
        }
        return out;
    }

    /**
     * This model with only its {@code keep} strongest features, by the largest absolute weight a feature gives any
     * label (ties by key, so the result is deterministic). Averaged-perceptron weights are mostly tiny: on the
     * held-out split, keeping 50,000 of 543,545 features changed micro F1 by 0.002 (noise), while the smaller table
     * makes tagging about 1.7 times as fast (MODEL.md).
     */
    TaggerModel pruned(int keep) {
        int labels = BioLabels.COUNT;
        long[] keys = index.keysByRow();
        int rows = keys.length;
        if (keep >= rows) {
            return this;
        }
        float[] strength = new float[rows];
        Integer[] order = new Integer[rows];
        for (int row = 0; row < rows; row++) {
            order[row] = row;
            float max = 0;
            for (int y = 0; y < labels; y++) {
                max = Math.max(max, Math.abs(emission[FIRST + row * STRIDE + y]));
            }
            strength[row] = max;
        }
        Arrays.sort(order, (a, b) -> strength[a] != strength[b]
                ? Float.compare(strength[b], strength[a]) : Long.compare(keys[a], keys[b]));
        FeatureIndex kept = new FeatureIndex(keep);
        float[] weights = new float[keep * labels];
        for (int i = 0; i < keep; i++) {
            int row = order[i];
            int to = kept.add(keys[row]);
            System.arraycopy(emission, FIRST + row * STRIDE, weights, to * labels, labels);
        }
        return new TaggerModel(kept, weights, transition, lexicon);
    }

    void write(OutputStream target) throws IOException {
        int labels = BioLabels.COUNT;
        long[] keys = index.keysByRow();
        Integer[] order = new Integer[keys.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Long.compare(keys[a], keys[b]));
        GZIPOutputStream zip = new GZIPOutputStream(target, 1 << 16);
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(zip, 1 << 16));
        out.writeUTF(MAGIC);
        out.writeInt(VERSION);
        out.writeInt(labels);
        out.writeInt(FeatureExtractor.TEMPLATES);
        for (float t : transition) {
            out.writeFloat(t);
        }
        lexicon.write(out);
        int kept = 0;
        for (int row = 0; row < keys.length; row++) {
            if (nonZero(row) > 0) {
                kept++;
            }
        }
        out.writeInt(kept);
        for (int row : order) {
            int nonZero = nonZero(row);
            if (nonZero == 0) {
                continue;
            }
            out.writeLong(keys[row]);
            out.writeByte(nonZero);
            for (int y = 0; y < labels; y++) {
                float w = emission[FIRST + row * STRIDE + y];
                if (w != 0) {
                    out.writeByte(y);
                    out.writeFloat(w);
                }
            }
        }
        out.flush();
        zip.finish();
    }

    private int nonZero(int row) {
        int n = 0;
        for (int y = 0; y < BioLabels.COUNT; y++) {
            if (emission[FIRST + row * STRIDE + y] != 0) {
                n++;
            }
        }
        return n;
    }

    static TaggerModel read(InputStream source) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(source, 1 << 16), 1 << 16));
        if (!MAGIC.equals(in.readUTF()) || in.readInt() != VERSION) {
            throw new IOException("not a tagger model of version " + VERSION);
        }
        int labels = in.readInt();
        int templates = in.readInt();
        if (labels != BioLabels.COUNT || templates != FeatureExtractor.TEMPLATES) {
            throw new IOException("model was trained for " + labels + " labels and " + templates
                    + " feature templates; this code has " + BioLabels.COUNT + " and " + FeatureExtractor.TEMPLATES);
        }
        float[] transition = new float[(labels + 1) * labels];
        for (int i = 0; i < transition.length; i++) {
            transition[i] = in.readFloat();
        }
        NameLexicon lexicon = NameLexicon.read(in);
        int features = in.readInt();
        FeatureIndex index = new FeatureIndex(features);
        float[] emission = new float[features * labels];
        for (int f = 0; f < features; f++) {
            int row = index.add(in.readLong());
            int nonZero = in.readUnsignedByte();
            for (int k = 0; k < nonZero; k++) {
                int y = in.readUnsignedByte();
                emission[row * labels + y] = in.readFloat();
            }
        }
        return new TaggerModel(index, emission, transition, lexicon);
    }
}
