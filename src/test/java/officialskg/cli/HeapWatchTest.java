package officialskg.cli;

import org.junit.jupiter.api.Test;

import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which collections {@link HeapWatch} takes as full or mixed, and its figure after a real full collection. */
class HeapWatchTest {

    private static final long MB = 1024 * 1024;
    private static final Set<String> G1_POOLS = Set.of("G1 Eden Space", "G1 Survivor Space", "G1 Old Gen");

    private static MemoryUsage used(long mb, long committedMb) {
        return new MemoryUsage(-1, mb * MB, committedMb * MB, -1);
    }

    @Test
    void aYoungCollectionThatLeftTheOldGenerationsCollectionUsageAloneDoesNotCount() {
        // G1 young pause: eden and survivor updated, the old generation's collection usage still that of the last
        // mixed collection (300 MB), while 900 MB are in it now.
        Map<String, MemoryUsage> after = Map.of("G1 Eden Space", used(0, 600), "G1 Survivor Space", used(20, 32),
                "G1 Old Gen", used(900, 1400));
        Map<String, MemoryUsage> last = Map.of("G1 Eden Space", used(0, 600), "G1 Survivor Space", used(20, 32),
                "G1 Old Gen", used(300, 1400));
        assertFalse(HeapWatch.collectedEveryPool(G1_POOLS, after, last));
    }

    @Test
    void aMixedOrFullCollectionUpdatedEveryPool() {
        Map<String, MemoryUsage> after = Map.of("G1 Eden Space", used(0, 600), "G1 Survivor Space", used(20, 32),
                "G1 Old Gen", used(700, 1400));
        assertTrue(HeapWatch.collectedEveryPool(G1_POOLS, after, after));
        Map<String, MemoryUsage> grown = Map.of("G1 Eden Space", used(0, 600), "G1 Survivor Space", used(20, 32),
                "G1 Old Gen", used(700, 1500));
        assertFalse(HeapWatch.collectedEveryPool(G1_POOLS, after, grown), "committed differs: another collection");
    }

    @Test
    void aCollectionThatDoesNotReportEveryHeapPoolDoesNotCount() {
        // G1's remark and cleanup pauses report only the old generation; serial and parallel young collections only
        // eden and survivor.
        Map<String, MemoryUsage> old = Map.of("G1 Old Gen", used(700, 1400));
        assertFalse(HeapWatch.collectedEveryPool(G1_POOLS, old, old));
        assertFalse(HeapWatch.collectedEveryPool(Set.of(), old, old));
    }

    @Test
    void aFullCollectionIsSeenWithTheLiveSetInIt() throws InterruptedException {
        List<byte[]> live = new ArrayList<>();
        try (HeapWatch watch = new HeapWatch()) {
            for (int i = 0; i < 48; i++) {
                live.add(new byte[(int) MB]);
            }
            System.gc();
            // The notification comes on a JMX thread after the pause.
            for (int waited = 0; waited < 100 && watch.oldCollections() == 0; waited++) {
                Thread.sleep(50);
            }
            assertTrue(watch.oldCollections() > 0, "System.gc() is a full collection");
            long after = watch.maxAfterOldCollectionBytes().orElseThrow();
            assertTrue(after >= 48 * MB, "the 48 MB still referenced: " + after / MB + " MB");
            assertTrue(after <= Runtime.getRuntime().maxMemory(), after / MB + " MB");
            assertTrue(watch.maxAfterAnyCollectionBytes() >= after);
        }
        assertEquals(48, live.size());
    }
}
