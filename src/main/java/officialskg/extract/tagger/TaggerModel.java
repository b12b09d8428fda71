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

    /** Label scores per position, for features held one array per position (training, tests). */
    float[][] emissions(long[][] features) {
        float[][] out = new float[features.length][];
        float[] sums = new float[STRIDE];
        for (int i = 0; i < features.length; i++) {
            out[i] = scores(features[i], 0, features[i].length, sums);
        }
        return out;
    }

    /**
     * Label scores of {@code positions} positions whose features lie in one array, {@link FeatureExtractor#TEMPLATES}
     * per position ({@link FeatureExtractor#flat}): the same sums as {@link #emissions(long[][])}. Most of a text's
     * features are in a pruned model (about three in four: the frequent ones), so there is nothing to gain from
     * filtering absent ones first.
     */
    float[][] emissions(long[] features, int positions) {
        int templates = FeatureExtractor.TEMPLATES;
        float[][] out = new float[positions][];
        float[] sums = new float[STRIDE];
        for (int i = 0; i < positions; i++) {
            out[i] = scores(features, i * templates, (i + 1) * templates, sums);
        }
        return out;
    }

    /**
     * The label scores of the features {@code [from, to)}, summed in feature order; the rows are summed 16 wide,
     * padding included, which the compiler can do in vector registers. {@code sums} is scratch space.
     */
    private float[] scores(long[] features, int from, int to, float[] sums) {
        Arrays.fill(sums, 0f);
        for (int k = from; k < to; k++) {
            int row = index.row(features[k]);
            if (row >= 0) {
                int base = FIRST + row * STRIDE;
                for (int y = 0; y < STRIDE; y++) {
                    sums[y] += emission[base + y];
                }
            }
        }
        return Arrays.copyOf(sums, BioLabels.COUNT);
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
