package officialskg.extract.tagger;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;

/**
 * Names seen as people, organizations or places in the training data, stored as 64-bit hashes of their
 * non-space code points with a bit per {@link EntityTag}. The tagger uses "this position is inside a known name
 * of type T" as a feature, not as an answer: the weights decide how far to trust it.
 */
final class NameLexicon {

    static final int MIN_LENGTH = 2;
    static final int MAX_LENGTH = 12;
    /** The tags a name may carry here, in feature order. */
    static final EntityTag[] TAGS = {EntityTag.PS, EntityTag.OG, EntityTag.LC};

    // name hash → row, and per row the tag bits: primitive, since the tagger looks up 11 lengths per syllable
    private final FeatureIndex names = new FeatureIndex(1024);
    private byte[] bits = new byte[1024];
    /**
     * A bit per hash of a name's first two code points ({@link #STARTS_BITS} bits): most syllables start no known
     * name, and this lets them skip the eleven look-ups without changing any answer (a set bit only means "look").
     */
    private final long[] starts = new long[1 << (STARTS_BITS - 6)];
    private static final int STARTS_BITS = 18;

    int size() {
        return names.size();
    }

    private void merge(long key, int bit) {
        int row = names.add(key);
        if (row >= bits.length) {
            bits = Arrays.copyOf(bits, bits.length * 2);
        }
        bits[row] |= (byte) bit;
    }

    void add(String name, EntityTag tag) {
        int[] cps = name.codePoints().filter(c -> !Character.isWhitespace(c)).toArray();
        int bit = bit(tag);
        if (bit == 0 || cps.length < MIN_LENGTH || cps.length > MAX_LENGTH) {
            return;
        }
        merge(key(cps, 0, cps.length), bit);
        int startBit = startBit(key(cps, 0, MIN_LENGTH));
        starts[startBit >>> 6] |= 1L << startBit;
    }

    void addAll(NameLexicon other) {
        long[] keys = other.names.keysByRow();
        for (int row = 0; row < keys.length; row++) {
            merge(keys[row], other.bits[row]);
        }
        for (int k = 0; k < starts.length; k++) {
            starts[k] |= other.starts[k];
        }
    }

    /**
     * Per position {@code [from, to)} of {@code s} and per tag of {@link #TAGS}: where the position sits in the
     * longest known name of that tag covering it, as 'B', 'I', 'E', 'S' (whole), or 0: position {@code i}, tag
     * {@code t} at {@code (i - from) * TAGS.length + t}.
     */
    int[] states(SyllableSequence s, int from, int to) {
        int tags = TAGS.length;
        int[] out = new int[(to - from) * tags];
        if (names.size() == 0) {
            return out;
        }
        int[] chars = s.chars();
        long[] prefixKeys = new long[MAX_LENGTH + 1];
        for (int i = from; i < to; i++) {
            int longest = Math.min(MAX_LENGTH, to - i);
            if (longest < MIN_LENGTH || !mayStart(step(step(SEED, chars[i]), chars[i + 1]))) {
                continue;
            }
            long h = SEED;
            for (int length = 1; length <= longest; length++) { // key(chars, i, i + length) for every length
                h = step(h, chars[i + length - 1]);
                prefixKeys[length] = h;
            }
            for (int length = longest; length >= MIN_LENGTH; length--) {
                int row = names.row(prefixKeys[length]);
                if (row < 0) {
                    continue;
                }
                int bits = this.bits[row];
                for (int t = 0; t < TAGS.length; t++) {
                    if ((bits & (1 << t)) != 0 && out[(i - from) * tags + t] == 0) {
                        for (int p = i; p < i + length; p++) {
                            out[(p - from) * tags + t] = length == 1 ? 'S' : p == i ? 'B' : p == i + length - 1 ? 'E' : 'I';
                        }
                    }
                }
            }
        }
        return out;
    }

    void write(DataOutputStream out) throws IOException {
        long[] keys = names.keysByRow();
        long[] sorted = keys.clone();
        Arrays.sort(sorted);
        out.writeInt(keys.length);
        for (long k : sorted) {
            out.writeLong(k);
            out.writeByte(bits[names.row(k)]);
        }
        for (long word : starts) {
            out.writeLong(word);
        }
    }

    static NameLexicon read(DataInputStream in) throws IOException {
        NameLexicon lexicon = new NameLexicon();
        int n = in.readInt();
        for (int i = 0; i < n; i++) {
            long k = in.readLong();
            lexicon.merge(k, in.readUnsignedByte());
        }
        for (int k = 0; k < lexicon.starts.length; k++) {
            lexicon.starts[k] = in.readLong();
        }
        return lexicon;
    }

    private boolean mayStart(long start) {
        int startBit = startBit(start);
        return (starts[startBit >>> 6] & (1L << startBit)) != 0;
    }

    private static int startBit(long start) {
        return (int) (start ^ (start >>> 32)) & ((1 << STARTS_BITS) - 1);
    }

    private static int bit(EntityTag tag) {
        for (int t = 0; t < TAGS.length; t++) {
            if (TAGS[t] == tag) {
                return 1 << t;
            }
        }
        return 0;
    }

    private static final long SEED = 0x9E3779B97F4A7C15L;

    private static long key(int[] cps, int from, int to) {
        long h = SEED;
        for (int k = from; k < to; k++) {
            h = step(h, cps[k]);
        }
        return h;
    }

    private static long step(long h, int codePoint) {
        h = (h ^ codePoint) * 0x100000001b3L;
        return h ^ (h >>> 29);
    }
}
