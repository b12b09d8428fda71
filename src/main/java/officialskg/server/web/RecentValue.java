package officialskg.server.web;

import java.time.Duration;
import java.util.function.Supplier;

/** A value computed at most once per {@code maxAge}; callers in between get the last one. Thread-safe. */
final class RecentValue<T> {

    private final Supplier<T> compute;
    private final long maxAgeNanos;
    private T value;
    private long computedAt;
    private boolean computed;

    RecentValue(Supplier<T> compute, Duration maxAge) {
        this.compute = compute;
        this.maxAgeNanos = maxAge.toNanos();
    }

    synchronized T get() {
        long now = System.nanoTime();
        if (!computed || now - computedAt > maxAgeNanos) {
            value = compute.get();
            computedAt = now;
            computed = true;
        }
        return value;
    }
}
