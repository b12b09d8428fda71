package officialskg.pipeline;

import org.junit.jupiter.api.Test;

import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ShardTest {

    @Test
    void parsesKOfN() {
        assertEquals(new Shard(2, 4), Shard.parse("2/4"));
        assertEquals(new Shard(1, 1), Shard.parse(" 1 / 1 "));
        for (String bad : new String[] {"0/3", "4/3", "3", "a/b", "1/0", "1/2/3", ""}) {
            assertThrows(IllegalArgumentException.class, () -> Shard.parse(bad), bad);
        }
    }

    @Test
    void everyArticleBelongsToExactlyOneShard() {
        int n = 5;
        int[] sizes = new int[n];
        IntStream.range(0, 2000).mapToObj(i -> "wikinews-" + i).forEach(id -> {
            int owners = 0;
            for (int k = 1; k <= n; k++) {
                if (new Shard(k, n).owns(id)) {
                    owners++;
                    sizes[k - 1]++;
                }
            }
            assertEquals(1, owners, id);
            assertTrue(Shard.ALL.owns(id));
        });
        for (int size : sizes) {
            assertTrue(size > 320 && size < 480, "roughly even: " + java.util.Arrays.toString(sizes));
        }
    }

    /**
     * The hash is part of the interface (workers on other machines must agree): the first 8 bytes of SHA-256 of the
     * id. {@code printf %s 000_f4471e151cd5cea1 | sha256sum} starts with 380acf77139e0610, which is 0 mod 3 and 1
     * mod 5.
     */
    @Test
    void theHashIsTheDocumentedOne() {
        assertEquals(0x380acf77139e0610L, Shard.hash("000_f4471e151cd5cea1"));
        assertTrue(new Shard(1, 3).owns("000_f4471e151cd5cea1"));
        assertTrue(new Shard(2, 5).owns("000_f4471e151cd5cea1"));
        assertFalse(new Shard(1, 5).owns("000_f4471e151cd5cea1"));
    }
}
