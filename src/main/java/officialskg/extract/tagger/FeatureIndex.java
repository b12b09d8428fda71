package officialskg.extract.tagger;

/** Feature hash → row number, by open addressing (no boxing; millions of entries stay compact). */
final class FeatureIndex {

    private static final long EMPTY = 0L;

    private long[] keys;
    private int[] rows;
    private int size;

    FeatureIndex(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new long[capacity];
        rows = new int[capacity];
    }

    int size() {
        return size;
    }

    /** The row of {@code key}, or -1. */
    int row(long key) {
        long k = key == EMPTY ? 1 : key; // 0 marks an empty slot; fold it onto 1
        int mask = keys.length - 1;
        for (int slot = (int) (k ^ (k >>> 32)) & mask; ; slot = (slot + 1) & mask) {
            if (keys[slot] == k) {
                return rows[slot];
            }
            if (keys[slot] == EMPTY) {
                return -1;
            }
        }
    }

    /** The row of {@code key}, adding it as the next row if new. */
    int add(long key) {
        int existing = row(key);
        if (existing >= 0) {
            return existing;
        }
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        put(key == EMPTY ? 1 : key, size);
        return size++;
    }

    private void put(long k, int row) {
        int mask = keys.length - 1;
        int slot = (int) (k ^ (k >>> 32)) & mask;
        while (keys[slot] != EMPTY) {
            slot = (slot + 1) & mask;
        }
        keys[slot] = k;
        rows[slot] = row;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldRows = rows;
        keys = new long[oldKeys.length * 2];
        rows = new int[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                put(oldKeys[i], oldRows[i]);
            }
        }
    }

    /** The keys in row order. */
    long[] keysByRow() {
        long[] out = new long[size];
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != EMPTY) {
                out[rows[i]] = keys[i];
            }
        }
        return out;
    }
}
