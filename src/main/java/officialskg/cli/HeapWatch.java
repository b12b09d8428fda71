package officialskg.cli;

import com.sun.management.GarbageCollectionNotificationInfo;

import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Heap while a benchmark step runs, three ways:
 * <ul>
 *   <li>the most heap in use seen by a sampler (every 50 ms, garbage included: mostly how far the collector lets
 *   the heap grow before collecting);</li>
 *   <li>the most heap in use right after a <em>full or mixed</em> collection (one that collected the old generation
 *   too) — the closest a running JVM tells us to the live set, the figure that decides how small {@code -Xmx} can
 *   be;</li>
 *   <li>the most heap in use right after any collection. A young collection leaves the old generation's garbage in
 *   place, so this one is only an upper bound on the live set, often far above it (G1 lets old garbage pile up until
 *   a concurrent cycle and mixed collections reclaim it).</li>
 * </ul>
 * Which collections count as full or mixed is read from the JVM's own bookkeeping rather than from collector names:
 * a collection whose notification covers every heap pool, and after which every pool's
 * {@linkplain MemoryPoolMXBean#getCollectionUsage() collection usage} equals its usage after this collection. The
 * JVM updates a pool's collection usage only when the collection affected it: G1's young pauses update the old
 * generation's only in the mixed phase, its full collections always, and its concurrent-cycle pauses (remark,
 * cleanup) report only the old generation, so they do not count; serial and parallel young collections do not
 * report the old generation at all. Notifications arrive after the pause on a JMX thread: when two old-generation
 * collections end before the first is handled, the first is not counted (the second still is).
 */
final class HeapWatch implements AutoCloseable {

    private final AtomicLong maxUsed = new AtomicLong();
    private final AtomicLong maxAfterOldCollection = new AtomicLong();
    private final AtomicLong maxAfterAnyCollection = new AtomicLong();
    private final AtomicInteger oldCollections = new AtomicInteger();
    private final Map<String, MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP)
            .collect(Collectors.toMap(MemoryPoolMXBean::getName, Function.identity()));
    private final NotificationListener listener = this::onGc;
    private final Thread sampler;
    private volatile boolean running = true;

    HeapWatch() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(listener, null, null);
            }
        }
        sampler = Thread.ofPlatform().daemon().name("kg-heap-sampler").start(() -> {
            while (running) {
                maxUsed.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
    }

    private void onGc(Notification notification, Object handback) {
        if (!notification.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
            return;
        }
        var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData()).getGcInfo();
        Map<String, MemoryUsage> after = info.getMemoryUsageAfterGc();
        long heapAfter = after.entrySet().stream().filter(e -> heapPools.containsKey(e.getKey()))
                .mapToLong(e -> e.getValue().getUsed()).sum();
        maxAfterAnyCollection.accumulateAndGet(heapAfter, Math::max);
        Map<String, MemoryUsage> lastCollection = heapPools.values().stream()
                .filter(p -> p.getCollectionUsage() != null)
                .collect(Collectors.toMap(MemoryPoolMXBean::getName, MemoryPoolMXBean::getCollectionUsage));
        if (collectedEveryPool(heapPools.keySet(), after, lastCollection)) {
            oldCollections.incrementAndGet();
            maxAfterOldCollection.accumulateAndGet(heapAfter, Math::max);
        }
    }

    /**
     * Whether a collection reached every heap pool (a full or mixed collection): its notification reports each of
     * {@code pools}, and each pool's last collection usage is what this collection left.
     */
    static boolean collectedEveryPool(java.util.Set<String> pools, Map<String, MemoryUsage> afterThisCollection,
                                      Map<String, MemoryUsage> lastCollectionUsage) {
        if (pools.isEmpty()) {
            return false;
        }
        for (String pool : pools) {
            MemoryUsage after = afterThisCollection.get(pool);
            MemoryUsage last = lastCollectionUsage.get(pool);
            if (after == null || last == null || after.getUsed() != last.getUsed()
                    || after.getCommitted() != last.getCommitted()) {
                return false;
            }
        }
        return true;
    }

    long maxUsedBytes() {
        return maxUsed.get();
    }

    /** The most heap in use right after a full or mixed collection; empty when none ran while watching. */
    OptionalLong maxAfterOldCollectionBytes() {
        return oldCollections.get() == 0 ? OptionalLong.empty() : OptionalLong.of(maxAfterOldCollection.get());
    }

    /** Full or mixed collections seen while watching. */
    int oldCollections() {
        return oldCollections.get();
    }

    /** The most heap in use right after any collection, young ones included (an upper bound on the live set). */
    long maxAfterAnyCollectionBytes() {
        return maxAfterAnyCollection.get();
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                try {
                    emitter.removeNotificationListener(listener);
                } catch (ListenerNotFoundException ignored) {
                    // Never added to this collector.
                }
            }
        }
    }
}
