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
    private static final int VERSION = 3;

    private final FeatureIndex index;
    /** Weights of row r (in {@link #index} order), label y at {@code r * COUNT + y}: what is written and pruned. */
    private final float[] rows;
    /**
     * The scoring copy: an open-addressing table whose slot s holds a feature's key at {@code slotKeys[s]} (0 for
     * none) and its weights at {@code FIRST + s * STRIDE} of {@link #slotWeights}. A row's address follows from the
     * hash alone, so the processor loads key and weights at once; through a row number read from the index it had
     * to wait for one miss before starting the next. Rows are padded to a power of two (8 floats for the 7 labels:
     * half a 64-byte cache line) and shifted past the array header, so that in a large array (which the JVM places
     * at a region start) a row never straddles two cache lines.
     */
    private final long[] slotKeys;
    private final float[] slotWeights;
    /** Row width: {@link #sum} adds eight lanes in eight local variables, which the JIT keeps in registers. */
    private static final int STRIDE = 8;

    static {
        if (BioLabels.COUNT > STRIDE) {
            throw new ExceptionInInitializerError("a weight row holds " + STRIDE + " labels, not " + BioLabels.COUNT);
        }
        if (BioLabels.COUNT != 7) { // the by-code-point emissions keep seven sums in seven local variables
            throw new ExceptionInInitializerError("emissions(long[], SyllableSequence, ...) adds 7 labels, not "
                    + BioLabels.COUNT);
        }
    }
    private static final int FIRST = 12;

    /**
     * The {@link FeatureExtractor#CHARACTER_FEATURES character features}' weights, one row per code point of the
     * Basic Multilingual Plane that has any (and per window sentinel): entry {@code e} of the row at offset
     * {@code r} holds the weights of {@code characterFeature(e, c)} at {@code characterWeights[r + e * STRIDE]},
     * zeros where the model has no such feature. Offset 0 is a row of zeros, for code points without features.
     * Six of a position's 28 features are read from here by code point, with no hashing and no probing: the
     * same weights as in the scoring table, added in the same order, so the sums are the same to the bit.
     */
    private final int[] characterRowAt;
    private final float[] characterWeights;
    private static final int CHARACTER_ROW = FeatureExtractor.CHARACTER_FEATURES * STRIDE;
    /** {@link #characterRowAt} index of code point c: {@code c + SENTINELS} (the two sentinels are negative). */
    private static final int SENTINELS = 2;
    private static final int CHARACTERS = Character.MAX_VALUE + 1;
    private final float[] transition;
    private final NameLexicon lexicon;

    TaggerModel(FeatureIndex index, float[] emission, float[] transition, NameLexicon lexicon) {
        this.index = index;
        this.rows = emission;
        int labels = BioLabels.COUNT;
        int count = emission.length / labels;
        int capacity = Integer.highestOneBit(Math.max(16, count * 2 - 1)) << 1; // at most half full
        this.slotKeys = new long[capacity];
        this.slotWeights = new float[FIRST + capacity * STRIDE];
        long[] keys = index.keysByRow();
        for (int row = 0; row < count; row++) {
            long k = keys[row] == 0 ? 1 : keys[row]; // 0 marks an empty slot; fold it onto 1, as FeatureIndex does
            int slot = home(k, capacity - 1);
            while (slotKeys[slot] != 0) {
                slot = (slot + 1) & (capacity - 1);
            }
            slotKeys[slot] = k;
            System.arraycopy(emission, row * labels, slotWeights, FIRST + slot * STRIDE, labels);
        }
        this.characterRowAt = new int[CHARACTERS + SENTINELS];
        this.characterWeights = characterRows(characterRowAt);
        this.transition = transition;
        this.lexicon = lexicon;
    }

    /**
     * Fills {@code rowAt} and returns the rows: every code point of the Basic Multilingual Plane and both sentinels
     * are tried (seven probes each, a few milliseconds). Code points beyond it are scored through the table
     * ({@link #hasCharacterRows}).
     */
    private float[] characterRows(int[] rowAt) {
        int entries = FeatureExtractor.CHARACTER_FEATURES;
        int[] slots = new int[rowAt.length * entries];
        int rows = 1; // row 0: zeros
        for (int index = 0; index < rowAt.length; index++) {
            int c = index - SENTINELS;
            boolean any = false;
            for (int e = 0; e < entries; e++) {
                int slot = slot(FeatureExtractor.characterFeature(e, c));
                slots[index * entries + e] = slot;
                any |= slot >= 0;
            }
            rowAt[index] = any ? rows++ : 0;
        }
        float[] weights = new float[FIRST + rows * CHARACTER_ROW];
        for (int index = 0; index < rowAt.length; index++) {
            int row = rowAt[index];
            if (row == 0) {
                continue;
            }
            rowAt[index] = FIRST + row * CHARACTER_ROW;
            for (int e = 0; e < entries; e++) {
                int slot = slots[index * entries + e];
                if (slot >= 0) {
                    System.arraycopy(slotWeights, FIRST + slot * STRIDE, weights, rowAt[index] + e * STRIDE, STRIDE);
                }
            }
        }
        for (int index = 0; index < rowAt.length; index++) {
            if (rowAt[index] == 0) {
                rowAt[index] = FIRST;
            }
        }
        return weights;
    }

    /**
     * Whether every code point of {@code s[from, to)} has its character features in {@link #characterRowAt} (all
     * but those beyond the Basic Multilingual Plane: emoji, rare Hanja), so that the window can be scored with
     * {@link #emissions(long[], SyllableSequence, int, int, boolean[], float[])}.
     */
    static boolean hasCharacterRows(SyllableSequence s, int from, int to) {
        int[] chars = s.chars();
        for (int i = from; i < to; i++) {
            if (chars[i] >= CHARACTERS) {
                return false;
            }
        }
        return true;
    }

    private static int home(long key, int mask) {
        return (int) (key ^ (key >>> 32)) & mask;
    }

    /** The slot of {@code key} in the scoring table, or -1. */
    private int slot(long key) {
        long k = key == 0 ? 1 : key;
        long[] keys = slotKeys;
        int mask = keys.length - 1;
        for (int slot = home(k, mask); ; slot = (slot + 1) & mask) {
            long found = keys[slot];
            if (found == k) {
                return slot;
            }
            if (found == 0) {
                return -1;
            }
        }
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
            sum(features[i], 0, features[i].length, sums);
            out[i] = Arrays.copyOf(sums, BioLabels.COUNT);
        }
        return out;
    }

    /**
     * Label scores of {@code positions} positions whose features lie in one array, {@link FeatureExtractor#TEMPLATES}
     * per position ({@link FeatureExtractor#flat}), into one array of {@link BioLabels#COUNT} per position: the same
     * sums as {@link #emissions(long[][])}. A position {@code i} with {@code closed[offset + i]} set is not scored:
     * it may only be outside ({@link ClosedPositions}). Most of a text's features are in a pruned model (about
     * three in four: the frequent ones), so there is nothing to gain from filtering absent ones first.
     */
    float[] emissions(long[] features, int positions, boolean[] closed, int offset) {
        return emissions(features, positions, closed, offset, new float[positions * BioLabels.COUNT]);
    }

    /** The same into {@code out} (at least {@code positions * COUNT} floats), which is returned. */
    float[] emissions(long[] features, int positions, boolean[] closed, int offset, float[] out) {
        int templates = FeatureExtractor.TEMPLATES;
        int labels = BioLabels.COUNT;
        float[] sums = new float[STRIDE];
        for (int i = 0; i < positions; i++) {
            if (closed != null && closed[offset + i]) {
                Arrays.fill(out, i * labels, (i + 1) * labels, Float.NEGATIVE_INFINITY);
                out[i * labels + BioLabels.OUTSIDE] = 0f;
                continue;
            }
            sum(features, i * templates, (i + 1) * templates, sums);
            System.arraycopy(sums, 0, out, i * labels, labels);
        }
        return out;
    }

    /**
     * Label scores of the window {@code s[from, from + positions)} from its {@link FeatureExtractor#hashed hashed}
     * features and, read by code point, its character features ({@link #characterRowAt}): the same sums, to the
     * bit, as {@link #emissions(long[], int, boolean[], int, float[])} over all 28 ({@link #hasCharacterRows} must
     * hold). Closed positions as there.
     */
    float[] emissions(long[] hashed, SyllableSequence s, int from, int positions, boolean[] closed, float[] out) {
        int width = FeatureExtractor.HASHED;
        int labels = BioLabels.COUNT;
        int[] chars = s.chars();
        boolean[] spaceBefore = s.spaceBefore();
        int[] rowAt = characterRowAt;
        float[] c = characterWeights;
        float[] w = slotWeights;
        int to = from + positions;
        // the rows of the characters at -2 .. +2, shifted along as the position moves
        int rm2 = rowAt[FeatureExtractor.BEGIN_CHARACTER + SENTINELS];
        int rm1 = rm2;
        int r0 = positions > 0 ? rowAt[chars[from] + SENTINELS] : rm2;
        int rp1 = rowAt[(positions > 1 ? chars[from + 1] : FeatureExtractor.END_CHARACTER) + SENTINELS];
        int rp2 = rowAt[(positions > 2 ? chars[from + 2] : FeatureExtractor.END_CHARACTER) + SENTINELS];
        int end = rowAt[FeatureExtractor.END_CHARACTER + SENTINELS];
        for (int i = 0; i < positions; i++) {
            if (closed != null && closed[from + i]) {
                Arrays.fill(out, i * labels, (i + 1) * labels, Float.NEGATIVE_INFINITY);
                out[i * labels + BioLabels.OUTSIDE] = 0f;
            } else {
                // templates 1-5 in FeatureExtractor order: the characters at 0, -1, +1, -2, +2
                int a = r0;
                int b = rm1 + STRIDE;
                int d = rp1 + 2 * STRIDE;
                int e = rm2 + 3 * STRIDE;
                int f = rp2 + 4 * STRIDE;
                float s0 = c[a] + c[b] + c[d] + c[e] + c[f];
                float s1 = c[a + 1] + c[b + 1] + c[d + 1] + c[e + 1] + c[f + 1];
                float s2 = c[a + 2] + c[b + 2] + c[d + 2] + c[e + 2] + c[f + 2];
                float s3 = c[a + 3] + c[b + 3] + c[d + 3] + c[e + 3] + c[f + 3];
                float s4 = c[a + 4] + c[b + 4] + c[d + 4] + c[e + 4] + c[f + 4];
                float s5 = c[a + 5] + c[b + 5] + c[d + 5] + c[e + 5] + c[f + 5];
                float s6 = c[a + 6] + c[b + 6] + c[d + 6] + c[e + 6] + c[f + 6];
                int at = i * width;
                // templates 6, 7, 9 and 13
                for (int k = at; k < at + 4; k++) {
                    int slot = slot(hashed[k]);
                    if (slot >= 0) {
                        int base = FIRST + slot * STRIDE;
                        s0 += w[base];
                        s1 += w[base + 1];
                        s2 += w[base + 2];
                        s3 += w[base + 3];
                        s4 += w[base + 4];
                        s5 += w[base + 5];
                        s6 += w[base + 6];
                    }
                }
                // template 14: the space before, with the character
                int g = r0 + (spaceBefore[from + i] ? 6 : 5) * STRIDE;
                s0 += c[g];
                s1 += c[g + 1];
                s2 += c[g + 2];
                s3 += c[g + 3];
                s4 += c[g + 4];
                s5 += c[g + 5];
                s6 += c[g + 6];
                for (int k = at + 4; k < at + width; k++) {
                    int slot = slot(hashed[k]);
                    if (slot >= 0) {
                        int base = FIRST + slot * STRIDE;
                        s0 += w[base];
                        s1 += w[base + 1];
                        s2 += w[base + 2];
                        s3 += w[base + 3];
                        s4 += w[base + 4];
                        s5 += w[base + 5];
                        s6 += w[base + 6];
                    }
                }
                int o = i * labels;
                out[o] = s0;
                out[o + 1] = s1;
                out[o + 2] = s2;
                out[o + 3] = s3;
                out[o + 4] = s4;
                out[o + 5] = s5;
                out[o + 6] = s6;
            }
            rm2 = rm1;
            rm1 = r0;
            r0 = rp1;
            rp1 = rp2;
            rp2 = i + 3 < positions ? rowAt[chars[from + i + 3] + SENTINELS] : end;
        }
        return out;
    }

    /**
     * Sets {@code sums} to the label scores of the features {@code [from, to)}, summed in feature order, padding
     * lane included. Eight local sums rather than a loop over an array: the array version stored and reloaded the
     * sums for every feature, and the tagger ran about 12 % slower.
     */
    private void sum(long[] features, int from, int to, float[] sums) {
        float s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0;
        float[] w = slotWeights;
        for (int k = from; k < to; k++) {
            int slot = slot(features[k]);
            if (slot >= 0) {
                int base = FIRST + slot * STRIDE;
                s0 += w[base];
                s1 += w[base + 1];
                s2 += w[base + 2];
                s3 += w[base + 3];
                s4 += w[base + 4];
                s5 += w[base + 5];
                s6 += w[base + 6];
                s7 += w[base + 7];
            }
        }
        sums[0] = s0;
        sums[1] = s1;
        sums[2] = s2;
        sums[3] = s3;
        sums[4] = s4;
        sums[5] = s5;
        sums[6] = s6;
        sums[7] = s7;
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
        int count = keys.length;
        if (keep >= count) {
            return this;
        }
        float[] strength = new float[count];
        Integer[] order = new Integer[count];
        for (int row = 0; row < count; row++) {
            order[row] = row;
            float max = 0;
            for (int y = 0; y < labels; y++) {
                max = Math.max(max, Math.abs(rows[row * labels + y]));
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
            System.arraycopy(rows, row * labels, weights, to * labels, labels);
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
                float w = rows[row * labels + y];
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
            if (rows[row * BioLabels.COUNT + y] != 0) {
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
