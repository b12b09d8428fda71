package officialskg.extract.tagger;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

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

    private final Map<Long, Integer> names = new HashMap<>();

    int size() {
        return names.size();
    }

    void add(String name, EntityTag tag) {
        int[] cps = name.codePoints().filter(c -> !Character.isWhitespace(c)).toArray();
        int bit = bit(tag);
        if (bit == 0 || cps.length < MIN_LENGTH || cps.length > MAX_LENGTH) {
            return;
        }
        names.merge(key(cps, 0, cps.length), bit, (a, b) -> a | b);
    }

    void addAll(NameLexicon other) {
        other.names.forEach((k, v) -> names.merge(k, v, (a, b) -> a | b));
    }

    /**
     * Per position {@code [from, to)} of {@code s} and per tag of {@link #TAGS}: where the position sits in the
     * longest known name of that tag covering it, as 'B', 'I', 'E', 'S' (whole), or 0.
     */
    int[][] states(SyllableSequence s, int from, int to) {
        int[][] out = new int[to - from][TAGS.length];
        if (names.isEmpty()) {
            return out;
        }
        int[] chars = s.chars();
        for (int i = from; i < to; i++) {
            for (int length = Math.min(MAX_LENGTH, to - i); length >= MIN_LENGTH; length--) {
                Integer bits = names.get(key(chars, i, i + length));
                if (bits == null) {
                    continue;
                }
                for (int t = 0; t < TAGS.length; t++) {
                    if ((bits & (1 << t)) != 0 && out[i - from][t] == 0) {
                        for (int p = i; p < i + length; p++) {
                            out[p - from][t] = length == 1 ? 'S' : p == i ? 'B' : p == i + length - 1 ? 'E' : 'I';
                        }
                    }
                }
            }
        }
        return out;
    }

    void write(DataOutputStream out) throws IOException {
        long[] keys = names.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
        out.writeInt(keys.length);
        for (long k : keys) {
            out.writeLong(k);
            out.writeByte(names.get(k));
        }
    }

    static NameLexicon read(DataInputStream in) throws IOException {
        NameLexicon lexicon = new NameLexicon();
        int n = in.readInt();
        for (int i = 0; i < n; i++) {
            long k = in.readLong();
            lexicon.names.put(k, in.readUnsignedByte());
        }
        return lexicon;
    }

    private static int bit(EntityTag tag) {
        for (int t = 0; t < TAGS.length; t++) {
            if (TAGS[t] == tag) {
                return 1 << t;
            }
        }
        return 0;
    }

    private static long key(int[] cps, int from, int to) {
        long h = 0x9E3779B97F4A7C15L;
        for (int k = from; k < to; k++) {
            h = (h ^ cps[k]) * 0x100000001b3L;
            h ^= h >>> 29;
        }
        return h;
    }
}
