package officialskg.extract.tagger;

/**
 * Feature hash → row number, by open addressing (no boxing; millions of entries stay compact). Each slot holds
 * its key and its row side by side in one array, so a lookup in a table far larger than the cache costs one
 * memory access, not two.
 */
final class FeatureIndex {

    private static final long EMPTY = 0L;

    /** slot s: key at 2s, row at 2s + 1 */
    private long[] slots;
    private int size;

    FeatureIndex(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        slots = new long[2 * capacity];
    }

    int size() {
        return size;
    }

    /** The row of {@code key}, or -1. */
    int row(long key) {
        long k = key == EMPTY ? 1 : key; // 0 marks an empty slot; fold it onto 1
        long[] table = slots;
        int mask = (table.length >> 1) - 1;
        for (int slot = (int) (k ^ (k >>> 32)) & mask; ; slot = (slot + 1) & mask) {
            long found = table[2 * slot];
            if (found == k) {
                return (int) table[2 * slot + 1];
            }
            if (found == EMPTY) {
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
        if (2 * (size + 1) > slots.length >> 1) {
            grow();
        }
        put(slots, key == EMPTY ? 1 : key, size);
        return size++;
    }

    private static void put(long[] table, long k, int row) {
        int mask = (table.length >> 1) - 1;
        int slot = (int) (k ^ (k >>> 32)) & mask;
        while (table[2 * slot] != EMPTY) {
            slot = (slot + 1) & mask;
        }
        table[2 * slot] = k;
        table[2 * slot + 1] = row;
    }

    private void grow() {
        long[] old = slots;
        long[] table = new long[old.length * 2];
        for (int i = 0; i < old.length; i += 2) {
            if (old[i] != EMPTY) {
                put(table, old[i], (int) old[i + 1]);
            }
        }
        slots = table;
    }

    /** The keys in row order. */
    long[] keysByRow() {
        long[] out = new long[size];
        for (int i = 0; i < slots.length; i += 2) {
            if (slots[i] != EMPTY) {
                out[(int) slots[i + 1]] = slots[i];
            }
        }
        return out;
    }
}
